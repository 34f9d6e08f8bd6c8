package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.expression.*;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;

/**
 * The binary arithmetic dunders of {@code int}, {@code float} and {@code complex} ({@code (5).__add__(x)},
 * {@code __radd__}...): the operator itself when both operands are numbers of a kind the receiver's type handles,
 * else {@code NotImplemented}, as CPython's number slots answer. Generated in shape, one node per dunder.
 */
@CoreFunctions(extendClasses = {BuiltinType.INT, BuiltinType.FLOAT, BuiltinType.COMPLEX})
public final class NumberDunderBuiltins {

    private NumberDunderBuiltins() {
    }

    @Builtin(name = "__add__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberAddNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__radd__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RaddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberAddNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__sub__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberSubtractNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rsub__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RsubNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberSubtractNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__mul__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberMultiplyNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rmul__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RmulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberMultiplyNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__truediv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class TruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberTrueDivideNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rtruediv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RtruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberTrueDivideNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__floordiv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class FloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberFloorDivideNode op) {
            if (!NumberKinds.accepts(NumberKinds.REAL_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rfloordiv__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RfloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberFloorDivideNode op) {
            if (!NumberKinds.accepts(NumberKinds.REAL_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__mod__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberRemainderNode op) {
            if (!NumberKinds.accepts(NumberKinds.REAL_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rmod__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberRemainderNode op) {
            if (!NumberKinds.accepts(NumberKinds.REAL_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__pow__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class PowNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberPowerNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rpow__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RpowNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberPowerNode op) {
            if (!NumberKinds.accepts(NumberKinds.ANY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__lshift__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberLshiftNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rlshift__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RlshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberLshiftNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__rshift__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberRshiftNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rrshift__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RrshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberRshiftNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__and__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class AndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberAndNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rand__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RandNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberAndNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__or__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberOrNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__ror__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberOrNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }

    @Builtin(name = "__xor__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class XorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberXorNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(self, other);
        }
    }

    @Builtin(name = "__rxor__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RxorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other, @Cached PyNumberXorNode op) {
            if (!NumberKinds.accepts(NumberKinds.INT_ONLY, self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return op.execute(other, self);
        }
    }
}
