package taipan.nodes.expression;

import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** {@code +a}: CPython's {@code PyNumber_Positive}; on a bool it gives the int. */
public abstract class PyNumberPositiveNode extends UnaryOpNode {

    @Specialization
    static long doBoolean(boolean operand) {
        return operand ? 1 : 0;
    }

    @Specialization
    static long doLong(long operand) {
        return operand;
    }

    @Specialization
    static double doDouble(double operand) {
        return operand;
    }

    @Specialization
    static Object doBigInteger(java.math.BigInteger operand) {
        return operand;
    }

    @Specialization
    static Complex doComplex(Complex operand) {
        return operand;
    }

    @Fallback
    Object doGeneric(Object operand) {
        return unaryDunder(operand, "__pos__", "+");
    }
}
