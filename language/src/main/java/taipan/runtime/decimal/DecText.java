package taipan.runtime.decimal;

import java.math.BigInteger;

/** Decimal strings: parsing numeric strings (the specification's syntax) and the scientific/engineering forms. */
public final class DecText {

    private DecText() {
    }

    /**
     * The value of a numeric string (surrounding whitespace and digit underscores already handled by the caller),
     * or null when it is not one (ConversionSyntax).
     */
    public static Dec parse(String s) {
        int i = 0;
        int n = s.length();
        boolean sign = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return Dec.infinity(sign);
        }
        if (rest.startsWith("nan") || rest.startsWith("snan")) {
            boolean signalling = rest.startsWith("s");
            String payload = rest.substring(signalling ? 4 : 3);
            if (!payload.isEmpty() && !allDigits(payload)) {
                return null;
            }
            BigInteger p = payload.isEmpty() ? BigInteger.ZERO : new BigInteger(payload);
            return new Dec(sign, p, 0, signalling ? Dec.SNAN : Dec.NAN);
        }
        return parseFinite(sign, rest);
    }

    private static Dec parseFinite(boolean sign, String s) {
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        long exp = 0;
        if (e >= 0) {
            String es = s.substring(e + 1);
            String digits = es.startsWith("+") || es.startsWith("-") ? es.substring(1) : es;
            if (!allDigits(digits)) {
                return null;
            }
            BigInteger big = new BigInteger(es.startsWith("+") ? digits : es);
            if (big.bitLength() > 62) {
                return null;
            }
            exp = big.longValue();
        }
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        if (intPart.isEmpty() && fracPart.isEmpty() || !allDigitsOrEmpty(intPart) || !allDigitsOrEmpty(fracPart)) {
            return null;
        }
        BigInteger coeff = new BigInteger(intPart + fracPart);
        return Dec.finite(sign, coeff, exp - fracPart.length());
    }

    private static boolean allDigitsOrEmpty(String s) {
        return s.isEmpty() || allDigits(s);
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code to_sci_string} ({@code eng}: {@code to_eng_string}); {@code capitals} picks 'E' or 'e'. */
    public static String toString(Dec x, boolean eng, boolean capitals) {
        String sign = x.sign ? "-" : "";
        if (x.kind == Dec.INF) {
            return sign + "Infinity";
        }
        if (x.isNaN()) {
            String payload = x.coeff.signum() == 0 ? "" : x.coeff.toString();
            return sign + (x.kind == Dec.SNAN ? "sNaN" : "NaN") + payload;
        }
        String c = x.coeff.toString();
        long leftDigits = x.exp + c.length();
        long dot;
        if (x.exp <= 0 && leftDigits > -6) {
            dot = leftDigits;
        } else if (!eng) {
            dot = 1;
        } else if (x.coeff.signum() == 0) {
            dot = Math.floorMod(leftDigits + 1, 3) - 1;
        } else {
            dot = Math.floorMod(leftDigits - 1, 3) + 1;
        }
        String intPart;
        String fracPart;
        if (dot <= 0) {
            intPart = "0";
            fracPart = "." + "0".repeat((int) -dot) + c;
        } else if (dot >= c.length()) {
            intPart = c + "0".repeat((int) (dot - c.length()));
            fracPart = "";
        } else {
            intPart = c.substring(0, (int) dot);
            fracPart = "." + c.substring((int) dot);
        }
        String expPart = "";
        if (leftDigits != dot) {
            long e = leftDigits - dot;
            expPart = (capitals ? "E" : "e") + (e >= 0 ? "+" : "") + e;
        }
        return sign + intPart + fracPart + expPart;
    }
}
