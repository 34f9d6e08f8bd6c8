package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/**
 * Python's numeric hash (Python/pyhash.c, sys.hash_info): reduction modulo the Mersenne prime 2**61 - 1, so that
 * equal numbers of different types hash alike; -1 is never a hash (it becomes -2).
 */
public final class PyHash {
    /** sys.hash_info.modulus: 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    /** sys.hash_info.bits. */
    public static final int BITS = 61;
    /** sys.hash_info.inf. */
    public static final long INF = 314159;
    /** sys.hash_info.imag. */
    public static final long IMAG = 1000003;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private PyHash() {
    }

    /** hash(v) of an int that fits a long. */
    public static long hash(long v) {
        // Java's remainder takes the dividend's sign: -(|v| mod P) for negative v, even for Long.MIN_VALUE.
        long h = v % MODULUS;
        return h == -1 ? -2 : h;
    }

    /** hash(v) of an int held as a BigInteger. */
    @TruffleBoundary
    public static long hash(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * hash(x) of a finite or infinite float; a nan hashes by identity (object.__hash__), which only the caller knows.
     */
    public static long hash(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? INF : -INF;
        }
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("a nan hashes by identity");
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biased == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biased - 1075;
        }
        // x = mantissa * 2**exponent, and 2**61 == 1 (mod P), so the power of two is a 61-bit rotation.
        int e = Math.floorMod(exponent, BITS);
        long h = mantissa == 0 ? 0 : ((mantissa << e) & MODULUS) | (mantissa >>> (BITS - e));
        if (bits < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** hash(complex(re, im)): hash(re) + sys.hash_info.imag * hash(im), wrapping as C's unsigned arithmetic does. */
    public static long hashComplex(double re, double im) {
        long h = hash(re) + IMAG * hash(im);
        return h == -1 ? -2 : h;
    }
}
