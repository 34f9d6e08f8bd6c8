package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/** int(str, base): PyLong_FromUnicodeObject and PyLong_FromString (Objects/longobject.c), with their errors. */
public final class IntParser {
    private IntParser() {
    }

    /** int(s, base) with the default int_max_str_digits. */
    public static Object parse(String s, int base) {
        return parse(s, base, IntText.DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * int(s, base): a {@code Long} when the value fits, else a {@code BigInteger}. {@code maxDigits} is
     * sys.get_int_max_str_digits() (0: no limit).
     */
    @TruffleBoundary
    public static Object parse(String s, int base, int maxDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw FormatError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String a = AsciiNumber.transform(s);
        // A NUL ends the C string CPython parses; what follows it makes the literal invalid.
        int nul = a.indexOf('\0');
        Object result = parseAscii(nul < 0 ? a : a.substring(0, nul), base, maxDigits);
        if (result == null || nul >= 0) {
            throw invalidLiteral(s, base);
        }
        return result;
    }

    static FormatError invalidLiteral(String s, int base) {
        String repr = StrRepr.repr(s);
        if (repr.codePointCount(0, repr.length()) > 200) {
            repr = repr.substring(0, repr.offsetByCodePoints(0, 200));
        }
        return FormatError.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    /** PyLong_FromString on ASCII text: the value, or null for a syntax error. */
    private static Object parseAscii(String s, int base, int maxDigits) {
        int n = s.length();
        int p = 0;
        while (p < n && AsciiNumber.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        boolean negative = false;
        if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p++) == '-';
        }
        boolean errorIfNonzero = false;
        char c1 = p + 1 < n ? Character.toLowerCase(s.charAt(p + 1)) : 0;
        if (base == 0) {
            if (p >= n || s.charAt(p) != '0') {
                base = 10;
            } else if (c1 == 'x' || c1 == 'o' || c1 == 'b') {
                base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
            } else {
                // A C-style octal literal is invalid, though it might still be zero.
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (p < n && s.charAt(p) == '0'
                        && ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
            p += 2;
            if (p < n && s.charAt(p) == '_') {
                p++;
            }
        }
        Object v = digits(s, p, base, maxDigits);
        if (v == null || (errorIfNonzero && !isZero(v))) {
            return null;
        }
        return negative ? negate(v) : v;
    }

    /** long_from_string_base: digits with single underscores between them, then only white space. */
    private static Object digits(String s, int start, int base, int maxDigits) {
        int n = s.length();
        if (start < n && s.charAt(start) == '_') {
            return null;
        }
        StringBuilder clean = new StringBuilder(n - start);
        char prev = 0;
        int p = start;
        while (p < n && (digitValue(s.charAt(p)) < base || s.charAt(p) == '_')) {
            char c = s.charAt(p);
            if (c == '_') {
                if (prev == '_') {
                    return null;
                }
            } else {
                clean.append(c);
            }
            prev = c;
            p++;
        }
        if (prev == '_' || p == start) {
            return null;
        }
        while (p < n && AsciiNumber.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        if (p != n) {
            return null;
        }
        boolean binaryBase = (base & (base - 1)) == 0;
        if (!binaryBase && maxDigits > 0 && clean.length() > maxDigits) {
            throw FormatError.valueError("Exceeds the limit (" + maxDigits + " digits) for integer string conversion: "
                            + "value has " + clean.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (clean.length() <= 12) {
            return Long.parseLong(clean, 0, clean.length(), base);
        }
        return IntText.normalize(new BigInteger(clean.toString(), base));
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    private static boolean isZero(Object v) {
        return v instanceof Long l && l == 0;
    }

    private static Object negate(Object v) {
        if (v instanceof Long l) {
            return -l;
        }
        return IntText.normalize(((BigInteger) v).negate());
    }
}
