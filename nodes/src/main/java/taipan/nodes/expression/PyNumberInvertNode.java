package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.type.BuiltinType;

/** {@code ~a}: CPython's {@code PyNumber_Invert}. */
public abstract class PyNumberInvertNode extends UnaryOpNode {

    @Specialization
    static long doLong(long operand) {
        return ~operand;
    }

    @Specialization(guards = "isInteger(operand)")
    static Object doInteger(Object operand) {
        return IntMath.sub(IntMath.negate(operand), 1L);
    }

    @Fallback
    Object doGeneric(Object operand) {
        return unaryDunder(operand, "__invert__", "~");
    }
}
