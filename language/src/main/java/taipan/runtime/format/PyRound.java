package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** round(): float.__round__ (correctly rounded decimal, Objects/floatobject.c) and int.__round__ (half even). */
public final class PyRound {
    /** Beyond this many digits a float always rounds to itself: (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2). */
    private static final int NDIGITS_MAX = (int) ((53 + 1021) * 0.30103);
    /** Below this a float always rounds to a signed zero: -(DBL_MAX_EXP + 1) * log10(2). */
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    private PyRound() {
    }

    /** round(x, ndigits) for a float: the double nearest to x rounded half-even to ndigits decimal places. */
    @TruffleBoundary
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = Double.parseDouble(r.toString());
        if (Double.isInfinite(d)) {
            throw FormatError.overflowError("rounded value too large to represent");
        }
        return d == 0 ? Math.copySign(0.0, x) : d;
    }

    /** round(x) for a float: the nearest int, ties to even. */
    @TruffleBoundary
    public static Object round(double x) {
        return IntText.fromDouble(Math.rint(x));
    }

    /** round(v, ndigits) for an int ({@code Long} or {@code BigInteger}): half even at 10**-ndigits. */
    @TruffleBoundary
    public static Object roundInt(Object v, long ndigits) {
        if (ndigits >= 0) {
            return v;
        }
        BigInteger a = v instanceof BigInteger b ? b : BigInteger.valueOf(IntText.asLong(v));
        if (-ndigits > (long) a.bitLength() + 2) {
            // 10**-ndigits exceeds 2*|a|: the quotient rounds to zero.
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = a.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            // Floor division, as _PyLong_DivmodNear starts from.
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return IntText.normalize(q.multiply(pow));
    }
}
