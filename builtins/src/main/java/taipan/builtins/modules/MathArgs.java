package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.number.Numbers;
import taipan.runtime.type.BuiltinType;

/** Argument conversion and error translation shared by the {@code math} module's functions. */
final class MathArgs {

    private MathArgs() {
    }

    /** CPython's {@code PyFloat_AsDouble} for a math argument: int, bool or float, else TypeError. */
    static double toDouble(Node node, Object value) {
        if (value instanceof Double || value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
            return Numbers.toDouble(node, value);
        }
        Double converted = value instanceof taipan.runtime.math.Complex ? null
                        : taipan.builtins.functions.NumberProtocols.toDouble(node, value);
        if (converted != null) {
            return converted;
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "must be real number, not %s",
                        PythonErrors.typeName(node, value));
    }

    static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof BigInteger;
    }

    /** A library error ({@code math domain error}, ...) as the Python exception. */
    static PException raise(Node node, FormatError error) {
        return PythonErrors.fromFormatError(node, error);
    }
}
