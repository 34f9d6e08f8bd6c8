package taipan.runtime.decimal;

import java.math.BigInteger;

/**
 * An immutable decimal number of the General Decimal Arithmetic Specification: a sign, a coefficient and an
 * exponent, or an infinity, or a quiet or signalling NaN with a payload (libmpdec's {@code mpd_t}).
 */
public final class Dec {
    public static final int FINITE = 0;
    public static final int INF = 1;
    public static final int NAN = 2;
    public static final int SNAN = 3;

    public static final Dec ZERO = new Dec(false, BigInteger.ZERO, 0, FINITE);
    public static final Dec ONE = new Dec(false, BigInteger.ONE, 0, FINITE);
    public static final Dec NAN_VALUE = new Dec(false, BigInteger.ZERO, 0, NAN);

    /** True when negative. */
    public final boolean sign;
    /** The coefficient (never negative); a NaN's payload (zero: none). */
    public final BigInteger coeff;
    public final long exp;
    public final int kind;

    public Dec(boolean sign, BigInteger coeff, long exp, int kind) {
        this.sign = sign;
        this.coeff = coeff;
        this.exp = exp;
        this.kind = kind;
    }

    public static Dec finite(boolean sign, BigInteger coeff, long exp) {
        return new Dec(sign, coeff, exp, FINITE);
    }

    public static Dec infinity(boolean sign) {
        return new Dec(sign, BigInteger.ZERO, 0, INF);
    }

    public static Dec nan(boolean sign, BigInteger payload) {
        return new Dec(sign, payload, 0, NAN);
    }

    public boolean isSpecial() {
        return kind != FINITE;
    }

    public boolean isNaN() {
        return kind == NAN || kind == SNAN;
    }

    public boolean isInfinite() {
        return kind == INF;
    }

    public boolean isZero() {
        return kind == FINITE && coeff.signum() == 0;
    }

    /** The number of digits of the coefficient (1 for zero). */
    public int digits() {
        return digits(coeff);
    }

    /** The exponent of the most significant digit ({@code adjusted()}). */
    public long adjusted() {
        return kind == FINITE ? exp + digits() - 1 : 0;
    }

    public Dec negate() {
        return new Dec(!sign, coeff, exp, kind);
    }

    public Dec withSign(boolean s) {
        return s == sign ? this : new Dec(s, coeff, exp, kind);
    }

    /** The quiet NaN with this NaN's sign and payload. */
    public Dec quiet() {
        return kind == SNAN ? new Dec(sign, coeff, 0, NAN) : this;
    }

    public static int digits(BigInteger c) {
        int bits = c.bitLength();
        if (bits < 63) {
            long v = c.longValue();
            int n = 1;
            while (v >= 10) {
                v /= 10;
                n++;
            }
            return n;
        }
        // log10(2) * bits, then correct by one comparison
        int estimate = (int) (bits * 0.30102999566398119521) + 1;
        return c.compareTo(Pow10.of(estimate - 1)) < 0 ? estimate - 1 : estimate;
    }

    /** Whether the value is an integer (finite, no non-zero digit after the point). */
    public boolean isInteger() {
        if (kind != FINITE) {
            return false;
        }
        if (exp >= 0 || coeff.signum() == 0) {
            return true;
        }
        long drop = -exp;
        return drop < digits() + 1 && coeff.mod(Pow10.of(drop)).signum() == 0;
    }

    /** The exact integer value (truncated toward zero); finite only. */
    public BigInteger toBigIntegerTruncated() {
        BigInteger v;
        if (exp >= 0) {
            v = coeff.multiply(Pow10.of(exp));
        } else if (-exp > digits()) {
            v = BigInteger.ZERO;
        } else {
            v = coeff.divide(Pow10.of(-exp));
        }
        return sign ? v.negate() : v;
    }
}
