package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** float(str): PyFloat_FromString (Objects/floatobject.c) with underscores, white space, inf and nan. */
public final class FloatParser {
    private FloatParser() {
    }

    /** float(s), or CPython's ValueError "could not convert string to float: ...". */
    @TruffleBoundary
    public static double parse(String s) {
        String a = AsciiNumber.transform(s);
        if (a.indexOf('_') >= 0) {
            a = removeUnderscores(a, s);
        }
        int start = 0;
        int end = a.length();
        while (start < end && AsciiNumber.isAsciiSpace(a.charAt(start))) {
            start++;
        }
        while (end - 1 > start && AsciiNumber.isAsciiSpace(a.charAt(end - 1))) {
            end--;
        }
        Double value = parseStrict(a, start, end);
        if (value == null) {
            throw cannotConvert(s);
        }
        return value;
    }

    static FormatError cannotConvert(String s) {
        return FormatError.valueError("could not convert string to float: " + StrRepr.repr(s));
    }

    /** _Py_string_to_number_with_underscores: underscores only between digits, then dropped. */
    private static String removeUnderscores(String a, String original) {
        StringBuilder sb = new StringBuilder(a.length());
        char prev = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '\0') {
                throw cannotConvert(original);
            }
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    throw cannotConvert(original);
                }
            } else {
                sb.append(c);
                if (prev == '_' && !(c >= '0' && c <= '9')) {
                    throw cannotConvert(original);
                }
            }
            prev = c;
        }
        if (prev == '_') {
            throw cannotConvert(original);
        }
        return sb.toString();
    }

    /** A decimal literal (dtoa's syntax) or inf/infinity/nan, all of [start, end); null for anything else. */
    private static Double parseStrict(String a, int start, int end) {
        int p = start;
        boolean negative = false;
        if (p < end && (a.charAt(p) == '+' || a.charAt(p) == '-')) {
            negative = a.charAt(p++) == '-';
        }
        int signEnd = p;
        int mantissaDigits = 0;
        while (p < end && isDigit(a.charAt(p))) {
            p++;
            mantissaDigits++;
        }
        if (p < end && a.charAt(p) == '.') {
            p++;
            while (p < end && isDigit(a.charAt(p))) {
                p++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return special(a, signEnd, end, negative);
        }
        if (p < end && (a.charAt(p) == 'e' || a.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < end && (a.charAt(q) == '+' || a.charAt(q) == '-')) {
                q++;
            }
            int expStart = q;
            while (q < end && isDigit(a.charAt(q))) {
                q++;
            }
            if (q > expStart) {
                p = q;
            }
        }
        if (p != end) {
            return null;
        }
        return Double.parseDouble(a.substring(start, end));
    }

    private static Double special(String a, int p, int end, boolean negative) {
        String rest = a.substring(p, end).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            // The sign of a nan is kept, as CPython keeps it (float('-nan') has its sign bit set).
            // Each float('nan') is a new object in CPython: a payload of its own gives it an identity.
            return taipan.runtime.number.NanIdentity.fresh(negative);
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
