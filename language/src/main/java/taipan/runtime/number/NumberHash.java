package taipan.runtime.number;

import java.math.BigInteger;

import taipan.runtime.format.PyHash;
import taipan.runtime.math.Complex;

/** {@code hash()} of the numeric types, equal for equal numbers of any type (CPython's {@code Python/pyhash.c}). */
public final class NumberHash {

    private NumberHash() {
    }

    public static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean
                        || value instanceof BigInteger || value instanceof Complex;
    }

    /** The hash of an int, bool, float or complex; a NaN hashes by identity, as {@code object.__hash__} does. */
    public static long hash(Object value) {
        if (value instanceof Long l) {
            return PyHash.hash(l);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Double d) {
            return Double.isNaN(d) ? NanIdentity.hash(d) : PyHash.hash(d);
        } else if (value instanceof BigInteger big) {
            return PyHash.hash(big);
        }
        Complex c = (Complex) value;
        return PyHash.hashComplex(c.real(), c.imag());
    }
}
