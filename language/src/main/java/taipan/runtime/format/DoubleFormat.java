package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** PyOS_double_to_string (Python/pystrtod.c): a double as text in the 'e', 'f', 'g' and 'r' (repr) styles. */
public final class DoubleFormat {
    /** Always write a sign (Py_DTSF_SIGN). */
    public static final int SIGN = 1;
    /** Write ".0" after an integral value not in exponent form (Py_DTSF_ADD_DOT_0). */
    public static final int ADD_DOT_0 = 2;
    /** Alternate form: keep the decimal point and trailing zeros (Py_DTSF_ALT). */
    public static final int ALT = 4;
    /** Drop the sign of a result that rounds to zero (Py_DTSF_NO_NEG_0, the 'z' option). */
    public static final int NO_NEG_0 = 8;

    private DoubleFormat() {
    }

    /** repr(x) and str(x) of a float. */
    @TruffleBoundary
    public static String repr(double x) {
        return format(x, 'r', 0, ADD_DOT_0);
    }

    /**
     * Formats {@code x} with code 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (precision then unused), as CPython does.
     */
    @TruffleBoundary
    public static String format(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = Character.toLowerCase(code);
        boolean negative = (Double.doubleToRawLongBits(x) < 0);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            String text = Double.isNaN(x) ? "nan" : "inf";
            // dtoa ignores the sign of a nan.
            String sign = negative && !Double.isNaN(x) ? "-" : (flags & SIGN) != 0 ? "+" : "";
            return sign + (upper ? text.toUpperCase() : text);
        }
        double a = Math.abs(x);
        DecimalDigits d;
        switch (lower) {
            case 'e' -> d = DecimalDigits.significant(a, precision + 1);
            case 'f' -> d = DecimalDigits.fixed(a, precision);
            case 'g' -> d = DecimalDigits.significant(a, precision == 0 ? 1 : precision);
            case 'r' -> d = DecimalDigits.shortest(a);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        if ((flags & NO_NEG_0) != 0 && d == DecimalDigits.ZERO) {
            negative = false;
        }
        int p = lower == 'e' ? precision + 1 : lower == 'g' && precision == 0 ? 1 : precision;
        return layout(d, negative, lower, p, flags, upper ? 'E' : 'e');
    }

    /** format_float_short's layout of the digits: zero padding, decimal point and exponent. */
    private static String layout(DecimalDigits d, boolean negative, char code, int precision, int flags, char e) {
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        int decpt = d.decpt();
        boolean useExp = switch (code) {
            case 'e' -> true;
            case 'f' -> false;
            case 'g' -> decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
            default -> decpt <= -4 || decpt > 16;
        };
        int vdigitsEnd = code == 'e' || (code == 'g' && alt) ? precision
                        : code == 'f' ? decpt + precision : d.digits().length();
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        // The output is the slice [vdigitsStart, vdigitsEnd) of the digits padded with zeros on both sides.
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        vdigitsEnd = Math.max(vdigitsEnd, !useExp && addDot0 ? decpt + 1 : decpt);
        StringBuilder sb = new StringBuilder(Math.max(16, vdigitsEnd - vdigitsStart + 8));
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        appendDigits(sb, d.digits(), decpt, vdigitsStart, vdigitsEnd);
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(e).append(exp < 0 ? '-' : '+');
            if (Math.abs(exp) < 10) {
                sb.append('0');
            }
            sb.append(Math.abs(exp));
        }
        return sb.toString();
    }

    /** Writes exactly one decimal point, with the zeros left and right of the digits. */
    private static void appendDigits(StringBuilder sb, String digits, int decpt, int vdigitsStart, int vdigitsEnd) {
        int digitsLen = digits.length();
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart).append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen).append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
    }

    private static StringBuilder zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
        return sb;
    }
}
