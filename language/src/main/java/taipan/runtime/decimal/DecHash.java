package taipan.runtime.decimal;

import java.math.BigInteger;

/** {@code hash()} of a finite or infinite decimal, equal to that of an equal int, float or Fraction. */
public final class DecHash {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    /** The inverse of 10 modulo the hash modulus ({@code _PyHASH_10INV}). */
    private static final BigInteger TEN_INVERSE = BigInteger.TEN.modInverse(MODULUS);

    private DecHash() {
    }

    public static long hash(Dec x) {
        if (x.isInfinite()) {
            return x.sign ? -314159 : 314159;
        }
        BigInteger scale = x.exp >= 0 ? BigInteger.TEN.modPow(BigInteger.valueOf(x.exp), MODULUS)
                        : TEN_INVERSE.modPow(BigInteger.valueOf(-x.exp), MODULUS);
        long h = x.coeff.multiply(scale).mod(MODULUS).longValue();
        if (x.sign) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }
}
