package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecArith;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.DecMath;
import taipan.runtime.decimal.DecMisc;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.DecPower;
import taipan.runtime.decimal.DecText;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code Context}'s arithmetic methods ({@code ctx.add(a, b)}...) and {@code create_decimal}. */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL_CONTEXT)
public final class DecimalContextMethodBuiltins {

    private DecimalContextMethodBuiltins() {
    }

    @Builtin(name = "abs", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class AbsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecArith::abs);
        }
    }

    @Builtin(name = "plus", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class PlusNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecArith::plus);
        }
    }

    @Builtin(name = "minus", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class MinusNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecArith::minus);
        }
    }

    @Builtin(name = "sqrt", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class SqrtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecMath::sqrt);
        }
    }

    @Builtin(name = "exp", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class ExpNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecMath::exp);
        }
    }

    @Builtin(name = "ln", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class LnNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecMath::ln);
        }
    }

    @Builtin(name = "log10", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class Log10Node extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecMath::log10);
        }
    }

    @Builtin(name = "normalize", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class NormalizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecMisc::reduce);
        }
    }

    @Builtin(name = "next_plus", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class NextPlusNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> DecMisc.next(op, x, true));
        }
    }

    @Builtin(name = "next_minus", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class NextMinusNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> DecMisc.next(op, x, false));
        }
    }

    @Builtin(name = "to_integral_value", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class ToIntegralValueNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> DecMisc.toIntegral(op, x, op.rounding, false));
        }
    }

    @Builtin(name = "to_integral", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class ToIntegralNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> DecMisc.toIntegral(op, x, op.rounding, false));
        }
    }

    @Builtin(name = "to_integral_exact", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class ToIntegralExactNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> DecMisc.toIntegral(op, x, op.rounding, true));
        }
    }

    @Builtin(name = "copy_abs", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class CopyAbsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> x.withSign(false));
        }
    }

    @Builtin(name = "copy_negate", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class CopyNegateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> x.negate());
        }
    }

    @Builtin(name = "copy_decimal", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class CopyDecimalNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, (op, x) -> x);
        }
    }

    @Builtin(name = "logb", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class LogbNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a) {
            return DecimalOps.unary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), self, DecimalMethodBuiltins::logb);
        }
    }

    @Builtin(name = "add", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class AddNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::add);
        }
    }

    @Builtin(name = "subtract", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class SubtractNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::subtract);
        }
    }

    @Builtin(name = "multiply", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class MultiplyNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::multiply);
        }
    }

    @Builtin(name = "divide", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class DivideNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::divide);
        }
    }

    @Builtin(name = "divide_int", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class DivideIntNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::divideInteger);
        }
    }

    @Builtin(name = "remainder", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class RemainderNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::remainder);
        }
    }

    @Builtin(name = "remainder_near", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class RemainderNearNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::remainderNear);
        }
    }

    @Builtin(name = "compare", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class CompareNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecArith::compare);
        }
    }

    @Builtin(name = "compare_signal", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class CompareSignalNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecimalMethodBuiltins::compareSignal);
        }
    }

    @Builtin(name = "max", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class MaxNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> DecMisc.maxMin(op, x, y, true, false));
        }
    }

    @Builtin(name = "min", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class MinNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> DecMisc.maxMin(op, x, y, false, false));
        }
    }

    @Builtin(name = "max_mag", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class MaxMagNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> DecMisc.maxMin(op, x, y, true, true));
        }
    }

    @Builtin(name = "min_mag", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class MinMagNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> DecMisc.maxMin(op, x, y, false, true));
        }
    }

    @Builtin(name = "quantize", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class QuantizeNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> DecMisc.quantize(op, x, y, op.rounding));
        }
    }

    @Builtin(name = "scaleb", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class ScalebNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecMisc::scaleb);
        }
    }

    @Builtin(name = "copy_sign", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class CopySignNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> x.withSign(y.sign));
        }
    }

    @Builtin(name = "next_toward", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class NextTowardNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecimalMethodBuiltins::nextToward);
        }
    }

    @Builtin(name = "compare_total", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class CompareTotalNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> DecimalMethodBuiltins.order(DecArith.compareTotal(x, y)));
        }
    }

    @Builtin(name = "compare_total_mag", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class CompareTotalMagNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b) {
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, (op, x, y) -> DecimalMethodBuiltins.order(DecArith.compareTotalMagnitude(x, y)));
        }
    }

    @Builtin(name = "power", parameterNames = {"self", "a", "b", "modulo"}, minNumOfPositionalArgs = 3, positionalOnly = false)
    abstract static class PowerNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b, Object modulo) {
            if (modulo != PNone.NO_VALUE && modulo != PNone.NONE) {
                Dec c = DecimalOps.operand(this, modulo);
                return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self,
                                (op, x, y) -> DecPower.powerModulo(op, x, y, c));
            }
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self, DecPower::power);
        }
    }

    @Builtin(name = "fma", parameterNames = {"self", "a", "b", "c"}, minNumOfPositionalArgs = 4)
    abstract static class FmaNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object op(PDecimalContext self, Object a, Object b, Object c) {
            Dec third = DecimalOps.operand(this, c);
            return DecimalOps.binary(this, DecimalSupport.wrap(this, DecimalOps.operand(this, a)), b, self,
                            (op, x, y) -> DecMisc.fma(op, x, y, third));
        }
    }

    @Builtin(name = "divmod", parameterNames = {"self", "a", "b"}, minNumOfPositionalArgs = 3)
    abstract static class DivmodNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(PDecimalContext self, Object a, Object b) {
            DecOp op = self.op();
            Dec[] qr = DecArith.divmod(op, DecimalOps.operand(this, a), DecimalOps.operand(this, b));
            DecimalSupport.check(this, self, op);
            return new PTuple(new Object[]{DecimalSupport.wrap(this, qr[0]), DecimalSupport.wrap(this, qr[1])});
        }
    }

    @Builtin(name = "to_sci_string", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class ToSciNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(PDecimalContext self, Object a) {
            return PyStrings.of(DecText.toString(DecimalOps.operand(this, a), false, self.capitals != 0));
        }
    }

    @Builtin(name = "to_eng_string", parameterNames = {"self", "a"}, minNumOfPositionalArgs = 2)
    abstract static class ToEngNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(PDecimalContext self, Object a) {
            return PyStrings.of(DecText.toString(DecimalOps.operand(this, a), true, self.capitals != 0));
        }
    }

    @Builtin(name = "create_decimal", parameterNames = {"self", "num"}, minNumOfPositionalArgs = 1)
    abstract static class CreateDecimalNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(PDecimalContext self, Object num) {
            Dec d = DecimalBuiltins.convertExact(this, num, self);
            DecOp op = self.op();
            Dec r = d.isNaN() ? op.checkNaNs(d.kind == Dec.SNAN ? d.quiet() : d, null) : op.finish(d);
            DecimalSupport.check(this, self, op);
            return DecimalSupport.wrap(this, r);
        }
    }

    @Builtin(name = "create_decimal_from_float", parameterNames = {"self", "f"}, minNumOfPositionalArgs = 2)
    abstract static class CreateFromFloatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(PDecimalContext self, Object f) {
            Object v = f instanceof PBuiltinSubclassObject s ? s.getValue() : f;
            if (!(v instanceof Double) && DecimalSupport.operand(v) == null || v instanceof TruffleString) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "argument must be int or float");
            }
            Dec d = v instanceof Double x ? DecimalSupport.fromDouble(x) : DecimalSupport.operand(v);
            DecOp op = self.op();
            if (v instanceof Double) {
                op.status |= DecConditions.FLOAT_OPERATION;
            }
            Dec r = d.isNaN() ? d : op.finish(d);
            DecimalSupport.check(this, self, op);
            return DecimalSupport.wrap(this, r);
        }
    }
}
