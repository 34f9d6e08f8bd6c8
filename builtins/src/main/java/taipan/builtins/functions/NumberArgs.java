package taipan.builtins.functions;

import java.math.BigInteger;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** Argument conversions of the numeric built-in functions (CPython's {@code PyNumber_Index} for built-in ints). */
public final class NumberArgs {

    private NumberArgs() {
    }

    /** An int argument as a {@code Long} or {@link BigInteger} (a bool becomes 0 or 1); TypeError otherwise. */
    public static Object index(Node node, Object value) {
        if (value instanceof Long || value instanceof BigInteger) {
            return value;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (!(value instanceof Double) && !(value instanceof com.oracle.truffle.api.strings.TruffleString)) {
            Object index = NumberProtocols.index(node, value);
            if (index != null) {
                return index;
            }
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, ErrorMessages.INTEGER_EXPECTED,
                        PythonErrors.typeName(node, value));
    }

    /** An int argument that must fit a {@code long}; OverflowError with CPython's wording otherwise. */
    public static long asLong(Node node, Object value) {
        Object v = index(node, value);
        if (v instanceof Long l) {
            return l;
        }
        throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, ErrorMessages.PYTHON_INT_TOO_LARGE_TO_CONVERT_TO_C_LONG);
    }
}
