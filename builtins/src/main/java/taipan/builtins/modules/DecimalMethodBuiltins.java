package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecArith;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.DecMath;
import taipan.runtime.decimal.DecMisc;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code Decimal}'s named methods: the specification's operations, each under an optional context. */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL)
public final class DecimalMethodBuiltins {

    private DecimalMethodBuiltins() {
    }

    static Dec order(int c) {
        return Dec.finite(c < 0, BigInteger.valueOf(Math.abs(c)), 0);
    }

    static Dec compareSignal(DecOp op, Dec a, Dec b) {
        if (a.isNaN() || b.isNaN()) {
            op.status |= DecConditions.INVALID_OPERATION;
        }
        return DecArith.compare(op, a, b);
    }

    static Dec nextToward(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        int c = DecArith.compareValues(a, b);
        if (c == 0) {
            return a.withSign(b.sign);
        }
        Dec r = DecMisc.next(op, a, c < 0);
        if (r.isInfinite()) {
            op.status |= DecConditions.OVERFLOW | DecConditions.INEXACT | DecConditions.ROUNDED;
        } else if (!r.isZero() && r.adjusted() < op.emin) {
            op.status |= DecConditions.UNDERFLOW | DecConditions.SUBNORMAL | DecConditions.INEXACT | DecConditions.ROUNDED;
        } else if (r.isZero()) {
            op.status |= DecConditions.UNDERFLOW | DecConditions.SUBNORMAL | DecConditions.INEXACT
                            | DecConditions.ROUNDED | DecConditions.CLAMPED;
        }
        return r;
    }

    static Dec logb(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite()) {
            return Dec.infinity(false);
        }
        if (a.isZero()) {
            op.status |= DecConditions.DIVISION_BY_ZERO;
            return Dec.infinity(true);
        }
        long adj = a.adjusted();
        return op.finish(Dec.finite(adj < 0, BigInteger.valueOf(Math.abs(adj)), 0));
    }

    @Builtin(name = "exp", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ExpNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, DecMath::exp);
        }
    }

    @Builtin(name = "ln", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class LnNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, DecMath::ln);
        }
    }

    @Builtin(name = "log10", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class Log10Node extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, DecMath::log10);
        }
    }

    @Builtin(name = "sqrt", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class SqrtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, DecMath::sqrt);
        }
    }

    @Builtin(name = "normalize", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class NormalizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, DecMisc::reduce);
        }
    }

    @Builtin(name = "next_minus", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class NextMinusNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, (op, a) -> DecMisc.next(op, a, false));
        }
    }

    @Builtin(name = "next_plus", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class NextPlusNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, (op, a) -> DecMisc.next(op, a, true));
        }
    }

    @Builtin(name = "logb", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class LogbNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object context) {
            return DecimalOps.unary(this, self, context, DecimalMethodBuiltins::logb);
        }
    }

    @Builtin(name = "compare", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class CompareNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, DecArith::compare);
        }
    }

    @Builtin(name = "compare_signal", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class CompareSignalNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, DecimalMethodBuiltins::compareSignal);
        }
    }

    @Builtin(name = "max", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class MaxNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> DecMisc.maxMin(op, a, b, true, false));
        }
    }

    @Builtin(name = "min", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class MinNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> DecMisc.maxMin(op, a, b, false, false));
        }
    }

    @Builtin(name = "max_mag", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class MaxMagNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> DecMisc.maxMin(op, a, b, true, true));
        }
    }

    @Builtin(name = "min_mag", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class MinMagNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> DecMisc.maxMin(op, a, b, false, true));
        }
    }

    @Builtin(name = "remainder_near", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class RemainderNearNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, DecArith::remainderNear);
        }
    }

    @Builtin(name = "scaleb", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class ScalebNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, DecMisc::scaleb);
        }
    }

    @Builtin(name = "next_toward", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class NextTowardNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, DecimalMethodBuiltins::nextToward);
        }
    }

    @Builtin(name = "compare_total", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class CompareTotalNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> DecimalMethodBuiltins.order(DecArith.compareTotal(a, b)));
        }
    }

    @Builtin(name = "compare_total_mag", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class CompareTotalMagNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> DecimalMethodBuiltins.order(DecArith.compareTotalMagnitude(a, b)));
        }
    }

    @Builtin(name = "copy_sign", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class CopySignNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object context) {
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> a.withSign(b.sign));
        }
    }

    @Builtin(name = "to_integral", parameterNames = {"self", "rounding", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ToIntegralNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object rounding, Object context) {
            int mode = DecimalOps.rounding(this, rounding, DecimalSupport.context(this, context));
            return DecimalOps.unary(this, self, context, (op, a) -> DecMisc.toIntegral(op, a, mode, false));
        }
    }

    @Builtin(name = "to_integral_value", parameterNames = {"self", "rounding", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ToIntegralValueNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object rounding, Object context) {
            int mode = DecimalOps.rounding(this, rounding, DecimalSupport.context(this, context));
            return DecimalOps.unary(this, self, context, (op, a) -> DecMisc.toIntegral(op, a, mode, false));
        }
    }

    @Builtin(name = "to_integral_exact", parameterNames = {"self", "rounding", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ToIntegralExactNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object rounding, Object context) {
            int mode = DecimalOps.rounding(this, rounding, DecimalSupport.context(this, context));
            return DecimalOps.unary(this, self, context, (op, a) -> DecMisc.toIntegral(op, a, mode, true));
        }
    }

    @Builtin(name = "is_nan", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsNanNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return a.isNaN();
        }
    }

    @Builtin(name = "is_qnan", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsQnanNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return a.kind == Dec.NAN;
        }
    }

    @Builtin(name = "is_snan", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsSnanNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return a.kind == Dec.SNAN;
        }
    }

    @Builtin(name = "is_infinite", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsInfiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return a.isInfinite();
        }
    }

    @Builtin(name = "is_finite", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsFiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return !a.isSpecial();
        }
    }

    @Builtin(name = "is_signed", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsSignedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return a.sign;
        }
    }

    @Builtin(name = "is_zero", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsZeroNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return a.isZero();
        }
    }

    @Builtin(name = "is_canonical", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IsCanonicalNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return true;
        }
    }

    @Builtin(name = "is_normal", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class IsNormalNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean op(Object self, Object context) {
            Dec a = DecimalOps.self(this, self);
            PDecimalContext ctx = DecimalSupport.context(this, context);
            return !a.isSpecial() && !a.isZero() && a.adjusted() >= ctx.emin;
        }
    }

    @Builtin(name = "is_subnormal", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class IsSubnormalNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean op(Object self, Object context) {
            Dec a = DecimalOps.self(this, self);
            PDecimalContext ctx = DecimalSupport.context(this, context);
            return !a.isSpecial() && !a.isZero() && a.adjusted() < ctx.emin;
        }
    }

    @Builtin(name = "copy_abs", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class CopyAbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return DecimalSupport.wrap(this, a.withSign(false));
        }
    }

    @Builtin(name = "copy_negate", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class CopyNegateNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return DecimalSupport.wrap(this, a.negate());
        }
    }

    @Builtin(name = "canonical", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class CanonicalNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return DecimalSupport.wrap(this, a);
        }
    }

    @Builtin(name = "conjugate", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return DecimalSupport.wrap(this, a);
        }
    }

    @Builtin(name = "real", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class RealNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return DecimalSupport.wrap(this, a);
        }
    }

    @Builtin(name = "imag", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ImagNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            return DecimalSupport.wrap(this, Dec.ZERO);
        }
    }

    @Builtin(name = "quantize", parameterNames = {"self", "exp", "rounding", "context"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class QuantizeNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object op(Object self, Object exp, Object rounding, Object context) {
            int mode = DecimalOps.rounding(this, rounding, DecimalSupport.context(this, context));
            return DecimalOps.binary(this, self, exp, context, (op, a, b) -> DecMisc.quantize(op, a, b, mode));
        }
    }

    @Builtin(name = "fma", parameterNames = {"self", "other", "third", "context"}, minNumOfPositionalArgs = 3,
                    positionalOnly = false)
    abstract static class FmaNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object third, Object context) {
            Dec c = DecimalOps.operand(this, third);
            return DecimalOps.binary(this, self, other, context, (op, a, b) -> DecMisc.fma(op, a, b, c));
        }
    }

    @Builtin(name = "adjusted", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class AdjustedNode extends PythonUnaryBuiltinNode {
        @Specialization
        long op(Object self) {
            return DecimalOps.self(this, self).adjusted();
        }
    }

    @Builtin(name = "radix", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class RadixNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(@SuppressWarnings("unused") Object self) {
            return DecimalSupport.wrap(this, Dec.finite(false, BigInteger.TEN, 0));
        }
    }

    @Builtin(name = "same_quantum", parameterNames = {"self", "other", "context"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class SameQuantumNode extends PythonTernaryBuiltinNode {
        @Specialization
        boolean op(Object self, Object other, @SuppressWarnings("unused") Object context) {
            Dec a = DecimalOps.self(this, self);
            Dec b = DecimalOps.operand(this, other);
            if (a.isSpecial() || b.isSpecial()) {
                return a.isNaN() && b.isNaN() || a.isInfinite() && b.isInfinite();
            }
            return a.exp == b.exp;
        }
    }

    @Builtin(name = "number_class", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class NumberClassNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self, Object context) {
            Dec a = DecimalOps.self(this, self);
            PDecimalContext ctx = DecimalSupport.context(this, context);
            String sign = a.sign ? "-" : "+";
            String s;
            if (a.kind == Dec.SNAN) {
                s = "sNaN";
            } else if (a.kind == Dec.NAN) {
                s = "NaN";
            } else if (a.isInfinite()) {
                s = sign + "Infinity";
            } else if (a.isZero()) {
                s = sign + "Zero";
            } else {
                s = sign + (a.adjusted() < ctx.emin ? "Subnormal" : "Normal");
            }
            return PyStrings.of(s);
        }
    }

    static Object none() {
        return PNone.NONE;
    }
}
