package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecArith;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.DecPower;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code Decimal}'s arithmetic dunders: an int operand converts exactly, any other type is NotImplemented. */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL)
public final class DecimalArithBuiltins {

    private DecimalArithBuiltins() {
    }

    @Builtin(name = "__add__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, self, other, DecArith::add);
        }
    }

    @Builtin(name = "__radd__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RaddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, other, self, DecArith::add);
        }
    }

    @Builtin(name = "__sub__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, self, other, DecArith::subtract);
        }
    }

    @Builtin(name = "__rsub__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RsubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, other, self, DecArith::subtract);
        }
    }

    @Builtin(name = "__mul__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, self, other, DecArith::multiply);
        }
    }

    @Builtin(name = "__rmul__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RmulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, other, self, DecArith::multiply);
        }
    }

    @Builtin(name = "__truediv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class TruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, self, other, DecArith::divide);
        }
    }

    @Builtin(name = "__rtruediv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RtruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, other, self, DecArith::divide);
        }
    }

    @Builtin(name = "__floordiv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class FloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, self, other, DecArith::divideInteger);
        }
    }

    @Builtin(name = "__rfloordiv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RfloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, other, self, DecArith::divideInteger);
        }
    }

    @Builtin(name = "__mod__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, self, other, DecArith::remainder);
        }
    }

    @Builtin(name = "__rmod__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, other, self, DecArith::remainder);
        }
    }

    @Builtin(name = "__rpow__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RpowNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return DecimalOps.dunder(this, other, self, DecPower::power);
        }
    }

    @Builtin(name = "__neg__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return DecimalOps.unary(this, self, PNone.NONE, DecArith::minus);
        }
    }

    @Builtin(name = "__pos__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class PosNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return DecimalOps.unary(this, self, PNone.NONE, DecArith::plus);
        }
    }

    @Builtin(name = "__abs__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return DecimalOps.unary(this, self, PNone.NONE, DecArith::abs);
        }
    }

    @Builtin(name = "__pow__", parameterNames = {"self", "other", "modulo"}, minNumOfPositionalArgs = 2)
    abstract static class PowNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other, Object modulo) {
            if (modulo != PNone.NO_VALUE && modulo != PNone.NONE) {
                Dec c = DecimalSupport.operand(modulo);
                if (c == null) {
                    return PNotImplemented.NOT_IMPLEMENTED;
                }
                return DecimalOps.dunder(this, self, other, (op, a, b) -> DecPower.powerModulo(op, a, b, c));
            }
            return DecimalOps.dunder(this, self, other, DecPower::power);
        }
    }

    @Builtin(name = "__divmod__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class DivmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return divmod(this, DecimalSupport.operand(self), DecimalSupport.operand(other));
        }
    }

    @Builtin(name = "__rdivmod__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RdivmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return divmod(this, DecimalSupport.operand(other), DecimalSupport.operand(self));
        }
    }

    static Object divmod(com.oracle.truffle.api.nodes.Node node, Dec a, Dec b) {
        if (a == null || b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        PDecimalContext ctx = DecimalSupport.current(node);
        DecOp op = ctx.op();
        Dec[] qr = DecArith.divmod(op, a, b);
        DecimalSupport.check(node, ctx, op);
        return new PTuple(new Object[]{DecimalSupport.wrap(node, qr[0]), DecimalSupport.wrap(node, qr[1])});
    }
}
