package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.type.BuiltinType;

/** {@code ~a}: CPython's {@code PyNumber_Invert}. */
public abstract class PyNumberInvertNode extends UnaryOpNode {

    private static final String BOOL_INVERT = "Bitwise inversion '~' on bool is deprecated and will be removed in "
                    + "Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not "
                    + "what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if "
                    + "you really want the bitwise inversion of the underlying int.";

    @Specialization
    static long doLong(long operand) {
        return ~operand;
    }

    /** {@code ~True}: still the int's inversion, with 3.12's DeprecationWarning. */
    @Specialization
    Object doBool(boolean operand) {
        taipan.nodes.module.PythonWarnings.warn(this, BuiltinType.DEPRECATION_WARNING, BOOL_INVERT, 1);
        return operand ? -2L : -1L;
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
