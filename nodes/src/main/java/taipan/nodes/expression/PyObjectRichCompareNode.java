package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.PBytesLike;
import taipan.nodes.object.RichCompareDunderNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.number.IntMath;
import taipan.runtime.str.PyStrings;
import taipan.language.TaipanLanguage;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PList;
import taipan.runtime.object.ContainerEquality;
import taipan.threading.ThreadingMode;

/**
 * {@code a < b} and the other rich comparisons: CPython's {@code PyObject_RichCompare}. The operator is a final
 * field, so in compiled code the switch over it folds away. Generated: {@code PyObjectRichCompareNodeGen}.
 */
public abstract class PyObjectRichCompareNode extends BinaryOpNode {

    protected final ComparisonOp op;

    protected PyObjectRichCompareNode(ComparisonOp op) {
        this.op = op;
    }

    public static PyObjectRichCompareNode create(ComparisonOp op) {
        return PyObjectRichCompareNodeGen.create(op);
    }

    @Override
    public final String getSymbol() {
        return op.symbol;
    }

    @Specialization
    boolean doLong(long left, long right) {
        return switch (op) {
            case LT -> left < right;
            case LE -> left <= right;
            case EQ -> left == right;
            case NE -> left != right;
            case GT -> left > right;
            case GE -> left >= right;
        };
    }

    @Specialization
    boolean doDouble(double left, double right) {
        // Written out, not through Double.compare: every comparison with NaN is false (but !=).
        return switch (op) {
            case LT -> left < right;
            case LE -> left <= right;
            case EQ -> left == right;
            case NE -> left != right;
            case GT -> left > right;
            case GE -> left >= right;
        };
    }

    @Specialization(guards = {"isNumber(left)", "isNumber(right)"})
    boolean doNumber(Object left, Object right) {
        if (left instanceof Double || right instanceof Double) {
            return compareMixed(left, right);
        }
        return op.test(IntMath.compare(left, right));
    }

    @Specialization
    boolean doStr(TruffleString left, TruffleString right,
                    @Cached TruffleString.EqualNode equal,
                    @Cached TruffleString.CompareIntsUTF32Node compare) {
        if (op.isEquality()) {
            return equal.execute(left, right, PyStrings.ENCODING) == (op == ComparisonOp.EQ);
        }
        return op.test(compare.execute(left, right));
    }

    @Specialization(guards = "op.isEquality()")
    boolean doList(PList left, PList right) {
        boolean equal = new BuiltinEquality(TaipanLanguage.get(this).threadingMode()).eq(left, right);
        return equal == (op == ComparisonOp.EQ);
    }

    @Specialization
    boolean doBytes(PBytesLike left, PBytesLike right) {
        int c = BytesOps.compare(left, right);
        return op.test(c);
    }

    @Specialization(guards = {"isContainer(left)", "isContainer(right)"})
    boolean doContainers(Object left, Object right) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        Boolean result = ContainerEquality.compare(mode, new BuiltinEquality(mode), left, right, op.ordinal());
        if (result == null) {
            if (op.isEquality()) {
                return op == ComparisonOp.NE;
            }
            throw PythonErrors.notSupportedBetween(this, op.symbol, left, right);
        }
        return result;
    }

    static boolean isContainer(Object value) {
        return ContainerEquality.isContainer(value);
    }

    @Specialization(guards = {"op.isEquality()", "isComplexPair(left, right)"})
    boolean doComplex(Object left, Object right) {
        boolean equal = left instanceof Complex z ? ComplexOps.equal(z, right) : ComplexOps.equal((Complex) right, left);
        return equal == (op == ComparisonOp.EQ);
    }

    /** Bound methods are equal when bound to the same object and made of the same function (meth_richcompare). */
    @Specialization(guards = "op.isEquality()")
    boolean doMethods(taipan.runtime.function.PMethod left, taipan.runtime.function.PMethod right) {
        boolean equal = left.getSelf() == right.getSelf() && left.getFunction() == right.getFunction();
        return equal == (op == ComparisonOp.EQ);
    }

    /** Built-in methods and method-wrappers likewise: the same receiver ({@code is}) and function (meth_richcompare). */
    @Specialization(guards = "op.isEquality()")
    boolean doBuiltinMethods(taipan.runtime.function.PBuiltinMethod left, taipan.runtime.function.PBuiltinMethod right) {
        Object a = left.getSelf();
        Object b = right.getSelf();
        boolean same = a == b || (a instanceof Long || a instanceof Double || a instanceof Boolean) && a.equals(b);
        return (same && left.getFunction() == right.getFunction()) == (op == ComparisonOp.EQ);
    }

    /** ref == ref: the referents' equality while both live (weakref's own rule), unless a subclass overrides it. */
    @Specialization(guards = {"op.isEquality()", "usesBuiltinEq(left)", "usesBuiltinEq(right)"})
    boolean doWeakRefs(taipan.runtime.weakref.PWeakRef left, taipan.runtime.weakref.PWeakRef right) {
        return taipan.runtime.weakref.WeakRefOps.equal(left, right) == (op == ComparisonOp.EQ);
    }

    static boolean usesBuiltinEq(taipan.runtime.weakref.PWeakRef ref) {
        return taipan.runtime.weakref.WeakRefOps.usesBuiltin(ref, "__eq__");
    }

    /** memoryview's {@code ==}: its {@code __eq__} compares item by item with bytes-likes and other views. */
    @Specialization(guards = {"op.isEquality()", "isMemoryView(left) || isMemoryView(right)"})
    boolean doMemoryView(Object left, Object right) {
        Object view = isMemoryView(left) ? left : right;
        Object other = view == left ? right : left;
        Object result = taipan.nodes.object.SpecialMethods.callUncached(this, view, "__eq__", new Object[]{other});
        boolean equal = result == PNotImplemented.NOT_IMPLEMENTED ? left == right : result == Boolean.TRUE;
        return equal == (op == ComparisonOp.EQ);
    }

    static boolean isMemoryView(Object value) {
        return value instanceof taipan.runtime.bytes.PMemoryView;
    }

    @Fallback
    Object doGeneric(Object left, Object right,
                    @Cached("create(op.symbol)") RichCompareDunderNode dunder) {
        if (op.isEquality()) {
            taipan.runtime.bytes.BytesWarnings.onEquality(this, left, right); // -b
        }
        Object result = dunder.execute(left, right);
        if (result != PNotImplemented.NOT_IMPLEMENTED) {
            return result;
        } else if (op.isEquality()) {
            // object.__eq__/__ne__: identity.
            return (left == right) == (op == ComparisonOp.EQ);
        }
        throw PythonErrors.notSupportedBetween(this, op.symbol, left, right);
    }

    /** An int against a float, compared exactly (CPython's {@code float_richcompare}). */
    @TruffleBoundary
    private boolean compareMixed(Object left, Object right) {
        double l = left instanceof Double d ? d : Double.NaN;
        double r = right instanceof Double d ? d : Double.NaN;
        if ((left instanceof Double && Double.isNaN(l)) || (right instanceof Double && Double.isNaN(r))) {
            return op == ComparisonOp.NE;
        }
        if ((left instanceof Double && Double.isInfinite(l)) || (right instanceof Double && Double.isInfinite(r))) {
            double a = left instanceof Double ? l : 0;
            double b = right instanceof Double ? r : 0;
            return op.test(Double.compare(a, b));
        }
        return op.test(toExact(left).compareTo(toExact(right)));
    }

    private static java.math.BigDecimal toExact(Object value) {
        return value instanceof Double d ? new java.math.BigDecimal(d) : new java.math.BigDecimal(IntMath.big(value));
    }
}
