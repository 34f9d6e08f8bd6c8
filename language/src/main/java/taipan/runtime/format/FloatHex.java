package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/** float.hex() and float.fromhex(): float_hex and float_fromhex of Objects/floatobject.c. */
public final class FloatHex {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FloatHex() {
    }

    /** x.hex(): "0x1.8000000000000p+0", thirteen hex digits after the point. */
    @TruffleBoundary
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return DoubleFormat.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & ((1L << 52) - 1);
        int exp = biased == 0 ? -1022 : biased - 1023;
        StringBuilder sb = new StringBuilder(24).append(sign).append("0x").append(biased == 0 ? '0' : '1').append('.');
        for (int shift = 48; shift >= 0; shift -= 4) {
            sb.append(HEX[(int) ((fraction >>> shift) & 0xf)]);
        }
        return sb.append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp)).toString();
    }

    /** float.fromhex(s), correctly rounded (half even), with CPython's ValueError and OverflowError. */
    @TruffleBoundary
    public static double fromHex(String s) {
        int n = s.length();
        int p = 0;
        while (p < n && AsciiNumber.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        int end = n;
        while (end > p && AsciiNumber.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        String body = s.substring(p, end);
        String lower = body.toLowerCase();
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity") || unsigned.equals("nan")) {
            return FloatParser.parse(body);
        }
        boolean negative = body.startsWith("-");
        int i = body.startsWith("-") || body.startsWith("+") ? 1 : 0;
        if (body.startsWith("0x", i) || body.startsWith("0X", i)) {
            i += 2;
        }
        double x = parseCoefficient(body, i);
        return negative ? -x : x;
    }

    private static double parseCoefficient(String body, int i) {
        StringBuilder digits = new StringBuilder();
        int n = body.length();
        while (i < n && Character.digit(body.charAt(i), 16) >= 0 && body.charAt(i) < 128) {
            digits.append(body.charAt(i++));
        }
        int fdigits = 0;
        if (i < n && body.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(body.charAt(i), 16) >= 0 && body.charAt(i) < 128) {
                digits.append(body.charAt(i++));
                fdigits++;
            }
        }
        if (digits.isEmpty()) {
            throw invalid();
        }
        long exp = 0;
        if (i < n && (body.charAt(i) == 'p' || body.charAt(i) == 'P')) {
            i++;
            int expStart = i;
            if (i < n && (body.charAt(i) == '-' || body.charAt(i) == '+')) {
                i++;
            }
            if (i >= n || body.charAt(i) < '0' || body.charAt(i) > '9') {
                throw invalid();
            }
            while (i < n && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
                i++;
            }
            exp = clampedExponent(body.substring(expStart, i));
        }
        if (i != n) {
            throw invalid();
        }
        return scale(new BigInteger(digits.toString(), 16), exp - 4L * fdigits);
    }

    /** strtol's value, saturated well beyond any exponent that matters. */
    private static long clampedExponent(String text) {
        String digits = text.replaceFirst("^[+-]", "");
        boolean negative = text.startsWith("-");
        if (digits.replaceFirst("^0+", "").length() > 15) {
            return negative ? -(1L << 52) : 1L << 52;
        }
        return Long.parseLong(text);
    }

    /** m * 2**e rounded half-even to a double; OverflowError past the largest finite double. */
    private static double scale(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        int len = m.bitLength();
        long top = len - 1 + e;
        if (top > 1024) {
            throw tooLarge();
        }
        if (top < -1080) {
            return 0.0;
        }
        int shift = (int) (top >= -1022 ? len - 53 : -1074 - e);
        double result;
        if (shift <= 0) {
            result = Math.scalb(m.doubleValue(), (int) e);
        } else {
            BigInteger q = m.shiftRight(shift);
            boolean half = m.testBit(shift - 1);
            boolean sticky = m.getLowestSetBit() < shift - 1;
            if (half && (sticky || q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            result = Math.scalb(q.doubleValue(), (int) (e + shift));
        }
        if (Double.isInfinite(result)) {
            throw tooLarge();
        }
        return result;
    }

    private static FormatError invalid() {
        return FormatError.valueError("invalid hexadecimal floating-point string");
    }

    private static FormatError tooLarge() {
        return FormatError.overflowError("hexadecimal value too large to represent as a float");
    }
}
