package taipan.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite non-negative double, as David Gay's dtoa (Python/dtoa.c) produces them: a digit
 * string without leading or trailing zeros and the position of the decimal point ({@code value = 0.DIGITS * 10**decpt}).
 * Zero, and a value rounded away to zero, is digits "0" with decpt 1.
 */
record DecimalDigits(String digits, int decpt) {
    static final DecimalDigits ZERO = new DecimalDigits("0", 1);

    /** dtoa mode 0: the shortest digit string that reads back as {@code a}, the closest such one. */
    static DecimalDigits shortest(double a) {
        if (a == 0) {
            return ZERO;
        }
        // Since JDK 19 Double.toString is the shortest round-trip decimal, except that when one digit would do it may
        // choose a closer two-digit one (its spec: "length 1 or 2"); fixed up below.
        String s = Double.toString(a);
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        DecimalDigits d = normalize(mantissa.substring(0, dot) + mantissa.substring(dot + 1), dot + exp);
        return d.digits.length() == 2 ? oneDigit(a, d) : d;
    }

    private static DecimalDigits oneDigit(double a, DecimalDigits two) {
        int first = two.digits.charAt(0) - '0';
        DecimalDigits best = null;
        BigDecimal exact = new BigDecimal(a);
        BigDecimal bestDistance = null;
        for (int c = first; c <= first + 1; c++) {
            DecimalDigits cand = c == 10 ? new DecimalDigits("1", two.decpt + 1)
                            : new DecimalDigits(String.valueOf(c), two.decpt);
            BigDecimal value = new BigDecimal(cand.digits).scaleByPowerOfTen(cand.decpt - 1);
            if (value.doubleValue() == a) {
                BigDecimal distance = value.subtract(exact).abs();
                if (best == null || distance.compareTo(bestDistance) < 0) {
                    best = cand;
                    bestDistance = distance;
                }
            }
        }
        return best == null ? two : best;
    }

    /** dtoa mode 2: {@code ndigits} significant digits, correctly rounded half-even from the exact binary value. */
    static DecimalDigits significant(double a, int ndigits) {
        if (a == 0) {
            return ZERO;
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(ndigits, RoundingMode.HALF_EVEN));
        return fromBigDecimal(r);
    }

    /** dtoa mode 3: {@code ndigits} digits after the decimal point, correctly rounded half-even. */
    static DecimalDigits fixed(double a, int ndigits) {
        if (a == 0) {
            return ZERO;
        }
        BigDecimal r = new BigDecimal(a).setScale(ndigits, RoundingMode.HALF_EVEN);
        return r.signum() == 0 ? ZERO : fromBigDecimal(r);
    }

    private static DecimalDigits fromBigDecimal(BigDecimal r) {
        String unscaled = r.unscaledValue().toString();
        return normalize(unscaled, unscaled.length() - r.scale());
    }

    private static DecimalDigits normalize(String raw, int decpt) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) == '0') {
            start++;
            decpt--;
        }
        while (end > start && raw.charAt(end - 1) == '0') {
            end--;
        }
        return start == end ? ZERO : new DecimalDigits(raw.substring(start, end), decpt);
    }
}
