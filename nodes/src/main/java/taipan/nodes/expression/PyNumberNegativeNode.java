package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.type.BuiltinType;

/** {@code -a}: CPython's {@code PyNumber_Negative}. */
public abstract class PyNumberNegativeNode extends UnaryOpNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long operand) {
        return Math.negateExact(operand);
    }

    @Specialization(guards = "isInteger(operand)", replaces = "doLong")
    static Object doInteger(Object operand) {
        return IntMath.negate(operand);
    }

    @Specialization
    static double doDouble(double operand) {
        return -operand;
    }

    @Specialization
    static Complex doComplex(Complex operand) {
        return ComplexOps.neg(operand);
    }

    @Fallback
    Object doGeneric(Object operand) {
        return unaryDunder(operand, "__neg__", "-");
    }
}
