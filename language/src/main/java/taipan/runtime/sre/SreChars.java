package taipan.runtime.sre;

import java.util.Locale;

/**
 * Character predicates and case mappings of the sre engine (Modules/_sre/sre.c): ASCII, locale (the C locale, as
 * Python runs by default) and Unicode variants, plus the {@code _sre} module's case helpers.
 */
public final class SreChars {
    private SreChars() {
    }

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    static boolean isAsciiAlnum(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    static boolean isWord(int ch) {
        return isAsciiAlnum(ch) || ch == '_';
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    /** The C locale classifies only ASCII letters and digits as alphanumeric. */
    static boolean isLocWord(int ch) {
        return isWord(ch);
    }

    public static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** tolower() of the C locale: ASCII only; code points from 256 are left alone as in sre.c. */
    public static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return upperAscii(ch);
    }

    static boolean uniIsDigit(int ch) {
        return ch < 128 ? isDigit(ch) : Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER && !newInUnicode16(ch);
    }

    /** Py_UNICODE_ISSPACE: bidirectional WS, B or S, or category Zs. */
    static boolean uniIsSpace(int ch) {
        if (ch < 128) {
            return isSpace(ch) || (ch >= 0x1c && ch <= 0x1f);
        }
        return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x2028 ||
                        ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
    }

    /** Py_UNICODE_ISLINEBREAK: the line boundaries of str.splitlines(). */
    static boolean uniIsLinebreak(int ch) {
        return (ch >= '\n' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1e) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    /** Py_UNICODE_ISALNUM: a letter (L*) or a number (Nd, Nl, No). */
    static boolean uniIsAlnum(int ch) {
        if (ch < 128) {
            return isAsciiAlnum(ch);
        }
        int type = Character.getType(ch);
        if (newInUnicode16(ch)) {
            return false;
        }
        return Character.isLetter(ch) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER ||
                        type == Character.OTHER_NUMBER;
    }

    static boolean uniIsWord(int ch) {
        return ch == '_' || uniIsAlnum(ch);
    }

    /** Py_UNICODE_TOLOWER: the simple mapping, or the first code point of a special (multi-char) one. */
    public static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        int special = SpecialCase.LOWER.lookup(ch);
        int lower = special >= 0 ? special : Character.toLowerCase(ch);
        return lower != ch && (newInUnicode16(ch) || newInUnicode16(lower)) ? ch : lower;
    }

    /** Py_UNICODE_TOUPPER: the simple mapping, or the first code point of a special (multi-char) one. */
    public static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        int special = SpecialCase.UPPER.lookup(ch);
        int upper = special >= 0 ? special : Character.toUpperCase(ch);
        return upper != ch && (newInUnicode16(ch) || newInUnicode16(upper)) ? ch : upper;
    }

    /**
     * Letters and digits that Unicode 16.0 added (from its DerivedAge.txt). The JDK knows Unicode 16 while CPython
     * 3.13 uses 15.1, where these are unassigned: no case, not alphanumeric. Ranges are [start, end] pairs.
     */
    private static final int[] NEW_IN_UNICODE_16 = {0x1c89, 0x1c8a, 0xa7cb, 0xa7cd, 0xa7da, 0xa7dc, 0x105c0, 0x105ff,
                    0x10d40, 0x10d8f, 0x10ec2, 0x10ec4, 0x11380, 0x113ff, 0x116d0, 0x116e3, 0x11bc0, 0x11bff, 0x13460,
                    0x143ff, 0x16100, 0x1613f, 0x16d40, 0x16d7f, 0x18cff, 0x18cff, 0x1ccf0, 0x1ccf9, 0x1e5d0, 0x1e5ff};

    static boolean newInUnicode16(int ch) {
        if (ch < 0x1c89) {
            return false;
        }
        for (int i = 0; i < NEW_IN_UNICODE_16.length; i += 2) {
            if (ch >= NEW_IN_UNICODE_16[i] && ch <= NEW_IN_UNICODE_16[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code _sre.ascii_iscased}. */
    public static boolean asciiIsCased(int ch) {
        return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    }

    /** {@code _sre.unicode_iscased}. */
    public static boolean unicodeIsCased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    /** {@code _sre.getlower(ch, flags)} of older CPythons: the lower case the given flags select. */
    public static int getLower(int ch, int flags) {
        if ((flags & SreConstants.FLAG_LOCALE) != 0) {
            return lowerLocale(ch);
        }
        if ((flags & SreConstants.FLAG_UNICODE) != 0) {
            return lowerUnicode(ch);
        }
        return lowerAscii(ch);
    }

    /** char_loc_ignore of sre.c. */
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    /**
     * BMP code points whose full case mapping has several code points; CPython keeps the first one where Java's
     * simple mapping keeps the character itself (e.g. upper('ß') is 'S'). Built once, on first use.
     */
    private enum SpecialCase {
        LOWER(true),
        UPPER(false);

        private final int[] keys;
        private final int[] values;

        SpecialCase(boolean lower) {
            int[] k = new int[256];
            int[] v = new int[256];
            int n = 0;
            for (int ch = 128; ch < 0x10000; ch++) {
                if (Character.isSurrogate((char) ch)) {
                    continue;
                }
                String s = String.valueOf((char) ch);
                String mapped = lower ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
                if (mapped.codePointCount(0, mapped.length()) > 1) {
                    if (n == k.length) {
                        k = java.util.Arrays.copyOf(k, n * 2);
                        v = java.util.Arrays.copyOf(v, n * 2);
                    }
                    k[n] = ch;
                    v[n++] = mapped.codePointAt(0);
                }
            }
            keys = java.util.Arrays.copyOf(k, n);
            values = java.util.Arrays.copyOf(v, n);
        }

        int lookup(int ch) {
            if (ch >= 0x10000) {
                return -1;
            }
            int i = java.util.Arrays.binarySearch(keys, ch);
            return i >= 0 ? values[i] : -1;
        }
    }
}
