package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code repr(str)} as CPython's {@code unicode_repr} writes it: quote choice and escapes. */
public final class StrRepr {

    private StrRepr() {
    }

    @TruffleBoundary
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> appendEscaped(sb, cp, quote));
        return sb.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote) {
        switch (cp) {
            case '\\' -> sb.append("\\\\");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                if (cp == quote) {
                    sb.append('\\').append(quote);
                } else if (isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else if (cp < 0x100) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    sb.append(String.format("\\u%04x", cp));
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            }
        }
    }

    /** CPython's {@code Py_UNICODE_ISPRINTABLE}: not a control, format, surrogate, unassigned or separator (but space). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
