package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code repr()} and {@code ascii()} of a Python str, as CPython's unicode_repr and PyObject_ASCII produce them. */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** repr(s): quotes chosen as CPython chooses them, non-printable code points escaped. */
    @TruffleBoundary
    public static String repr(String s) {
        return quote(s, false);
    }

    /** ascii(s): like repr, but every non-ASCII code point escaped. */
    @TruffleBoundary
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(sb, cp, quote, asciiOnly);
        }
        return sb.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote, boolean asciiOnly) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').append((char) cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < ' ' || cp == 0x7f) {
            hex(sb, 'x', cp, 2);
        } else if (cp < 0x7f || (!asciiOnly && isPrintable(cp))) {
            sb.appendCodePoint(cp);
        } else if (cp < 0x100) {
            hex(sb, 'x', cp, 2);
        } else if (cp < 0x10000) {
            hex(sb, 'u', cp, 4);
        } else {
            hex(sb, 'U', cp, 8);
        }
    }

    private static void hex(StringBuilder sb, char kind, int cp, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(cp >> shift) & 0xf]);
        }
    }

    /**
     * Py_UNICODE_ISPRINTABLE (str.isprintable per code point): everything but the categories Cc, Cf, Cs, Co, Cn, Zl,
     * Zp and Zs (space excepted), in Unicode 15.1.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 0x7f) {
            return cp > ' ';
        }
        if (Unicode151.isNewer(cp)) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
