package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.ContainerArithmetic;
import taipan.runtime.object.PList;
import taipan.runtime.list.ListSliceFast;
import taipan.runtime.list.ListStorage;
import taipan.threading.ThreadingMode;
import taipan.runtime.number.Numbers;
import taipan.runtime.number.IntMath;
import taipan.runtime.str.PyStrings;

/** {@code a + b}: CPython's {@code PyNumber_Add} (with sequence concatenation). Generated: {@code PyNumberAddNodeGen}. */
public abstract class PyNumberAddNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "+";
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long left, long right) {
        return Math.addExact(left, right);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long left, long right) {
        long result = left + right;
        if (((left ^ result) & (right ^ result)) < 0) {
            return IntMath.add(left, right);
        }
        return result;
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    static Object doInteger(Object left, Object right) {
        return IntMath.add(left, right);
    }

    @Specialization
    static double doDouble(double left, double right) {
        return left + right;
    }

    @Specialization(guards = "isFloatMix(left, right)", replaces = "doDouble")
    Object doMixed(Object left, Object right) {
        return Numbers.toDouble(this, left) + Numbers.toDouble(this, right);
    }

    @Specialization
    static TruffleString doStr(TruffleString left, TruffleString right,
                    @Cached TruffleString.ConcatNode concat) {
        return concat.execute(left, right, PyStrings.ENCODING, true);
    }

    @Specialization(guards = "isComplexPair(left, right)")
    Object doComplex(Object left, Object right) {
        Complex a = ComplexOps.toComplex(this, left);
        Complex b = ComplexOps.toComplex(this, right);
        return ComplexOps.add(a, b);
    }

    /** Two lists of one strategy concatenate as arrays; other pairs take the generic concatenation. */
    @Specialization
    Object doLists(PList left, PList right) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        ListStorage joined = ListSliceFast.concat(mode, left.getStorage(), right.getStorage());
        return joined != null ? new PList(joined) : ContainerArithmetic.concat(mode, left, right);
    }

    @Specialization(guards = "isSequence(left)")
    Object doSequences(Object left, Object right) {
        return ContainerArithmetic.concat(TaipanLanguage.get(this).threadingMode(), left, right);
    }

    static boolean isSequence(Object value) {
        return ContainerArithmetic.isSequence(value);
    }

    @Specialization
    static Object doBytes(PBytesLike left, PBytesLike right) {
        return BytesOps.concat(left, right);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        if (left instanceof taipan.runtime.bytes.PBytesLike && right instanceof taipan.runtime.bytes.PMemoryView m) {
            return BytesOps.concat((PBytesLike) left, new taipan.runtime.bytes.PBytes(m.toBytes()));
        }
        if (left instanceof PBytesLike && !(right instanceof taipan.runtime.object.PythonObject)) {
            throw PythonErrors.raise(this, taipan.runtime.type.BuiltinType.TYPE_ERROR, "can't concat %s to %s",
                            PythonErrors.typeName(this, right), PythonErrors.typeName(this, left));
        }
        if (left instanceof com.oracle.truffle.api.strings.TruffleString && !(right instanceof taipan.runtime.object.PythonObject)) {
            // CPython's unicode_concat wording: str + non-str is never a reflected operation on a built-in
            throw PythonErrors.raise(this, taipan.runtime.type.BuiltinType.TYPE_ERROR,
                            "can only concatenate str (not \"%s\") to str", PythonErrors.typeName(this, right));
        }
        return binaryDunder(left, right);
    }
}
