package taipan.runtime.decimal;

import java.math.BigInteger;

/** Powers of ten as {@link BigInteger}s, the small ones cached. */
public final class Pow10 {
    private static final BigInteger[] CACHE = new BigInteger[64];

    static {
        CACHE[0] = BigInteger.ONE;
        for (int i = 1; i < CACHE.length; i++) {
            CACHE[i] = CACHE[i - 1].multiply(BigInteger.TEN);
        }
    }

    private Pow10() {
    }

    public static BigInteger of(long n) {
        if (n < CACHE.length) {
            return CACHE[(int) n];
        }
        if (n > Integer.MAX_VALUE) {
            throw new ArithmeticException("power of ten too large");
        }
        return BigInteger.TEN.pow((int) n);
    }
}
