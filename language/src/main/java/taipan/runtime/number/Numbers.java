package taipan.runtime.number;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** Conversions between Python's numeric types on mixed-type paths. */
public final class Numbers {

    private Numbers() {
    }

    /** An int ({@code long}, {@code bool}, {@link BigInteger}) or float as a {@code double}; OverflowError if too big. */
    public static double toDouble(Node location, Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return bigToDouble(location, (BigInteger) value);
    }

    @TruffleBoundary
    private static double bigToDouble(Node location, BigInteger value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, ErrorMessages.INT_TOO_LARGE_TO_CONVERT_TO_FLOAT);
        }
        return d;
    }
}
