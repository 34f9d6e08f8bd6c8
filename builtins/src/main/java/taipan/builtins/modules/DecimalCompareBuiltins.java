package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecArith;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.DecHash;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;

/**
 * {@code Decimal}'s rich comparisons (with int, float and Fraction, exactly: CPython's {@code dec_richcompare})
 * and its hash, equal to an equal int's, float's or Fraction's.
 */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL)
public final class DecimalCompareBuiltins {

    private DecimalCompareBuiltins() {
    }

    /** {@code a OP b} for op 0..5 = lt le eq ne gt ge, or NotImplemented. */
    @TruffleBoundary
    static Object compare(Node node, Object self, Object other, int which) {
        Dec a = DecimalOps.self(node, self);
        boolean equality = which == 2 || which == 3;
        Object o = other instanceof PBuiltinSubclassObject s ? s.getValue() : other;
        Dec b = DecimalSupport.operand(o);
        PDecimalContext ctx = DecimalSupport.current(node);
        if (b == null && o instanceof Double d) {
            DecOp op = ctx.op();
            op.status |= DecConditions.FLOAT_OPERATION;
            signal(node, ctx, op, equality);
            b = DecimalSupport.fromDouble(d);
        }
        if (b == null) {
            BigInteger[] ratio = DecimalSupport.rational(node, other);
            if (ratio == null) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            if (!a.isSpecial()) {
                // compare a * denominator with the numerator, both exact
                a = Dec.finite(a.sign, a.coeff.multiply(ratio[1].abs()), a.exp);
            }
            b = Dec.finite(ratio[0].signum() < 0, ratio[0].abs(), 0);
        }
        if (a.isNaN() || b.isNaN()) {
            if (!equality || a.kind == Dec.SNAN || b.kind == Dec.SNAN) {
                DecOp op = ctx.op();
                op.status |= DecConditions.INVALID_OPERATION;
                DecimalSupport.check(node, ctx, op);
            }
            return which == 3;
        }
        int c = DecArith.compareValues(a, b);
        return switch (which) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c == 0;
            case 3 -> c != 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
    }

    /** FloatOperation in an equality only sets the flag; in an ordering it raises when trapped. */
    private static void signal(Node node, PDecimalContext ctx, DecOp op, boolean equality) {
        if (equality) {
            ctx.flags |= op.status;
        } else {
            DecimalSupport.check(node, ctx, op);
        }
    }

    @Builtin(name = "__lt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return compare(this, self, other, 0);
        }
    }

    @Builtin(name = "__le__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return compare(this, self, other, 1);
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return compare(this, self, other, 2);
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return compare(this, self, other, 3);
        }
    }

    @Builtin(name = "__gt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return compare(this, self, other, 4);
        }
    }

    @Builtin(name = "__ge__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return compare(this, self, other, 5);
        }
    }

    @Builtin(name = "__hash__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        long hash(Object self) {
            Dec a = DecimalOps.self(this, self);
            if (a.kind == Dec.SNAN) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Cannot hash a signaling NaN value");
            }
            if (a.kind == Dec.NAN) {
                long h = System.identityHashCode(self);
                return h == -1 ? -2 : h;
            }
            return DecHash.hash(a);
        }
    }
}
