package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.PyNumberNegativeNode;
import taipan.nodes.expression.PyNumberPositiveNode;
import taipan.runtime.math.Complex;
import taipan.runtime.number.ComplexOps;
import taipan.runtime.number.IntMath;
import taipan.runtime.type.BuiltinType;

/**
 * The unary arithmetic dunders of {@code int}, {@code float} and {@code complex} ({@code int.__neg__},
 * {@code __pos__}, {@code __abs__}): what {@code -x}, {@code +x} and {@code abs(x)} of a subclass instance without
 * its own method fall back to, giving the base type's value ({@code -MyInt(5)} is the int {@code -5}).
 */
@CoreFunctions(extendClasses = {BuiltinType.INT, BuiltinType.FLOAT, BuiltinType.COMPLEX})
public final class NumberUnaryDunderBuiltins {

    private NumberUnaryDunderBuiltins() {
    }

    @Builtin(name = "__neg__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Cached PyNumberNegativeNode op) {
            return op.execute(self);
        }
    }

    @Builtin(name = "__pos__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @Cached PyNumberPositiveNode op) {
            return op.execute(self);
        }
    }

    @Builtin(name = "__abs__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doDouble(double self) {
            return Math.abs(self);
        }

        @Specialization
        double doComplex(Complex self) {
            return ComplexOps.abs(this, self);
        }

        @Specialization
        static long doBoolean(boolean self) {
            return self ? 1 : 0;
        }

        @Specialization(guards = "isInt(self)")
        static Object doInt(Object self) {
            return IntMath.compare(self, 0L) < 0 ? IntMath.negate(self) : self;
        }

        static boolean isInt(Object value) {
            return value instanceof Long || value instanceof java.math.BigInteger;
        }
    }
}
