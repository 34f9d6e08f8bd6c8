package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The escaping step of PyObject_ASCII: every non-ASCII code point of a repr written as \x, \\u or \\U escape. */
public final class AsciiEscape {
    private AsciiEscape() {
    }

    /** repr text → ascii text. */
    @TruffleBoundary
    public static String escapeNonAscii(String repr) {
        int i = 0;
        while (i < repr.length() && repr.charAt(i) < 128) {
            i++;
        }
        if (i == repr.length()) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
        while (i < repr.length()) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else {
                // The shortest hex escape, as unicode_repr writes it.
                sb.append(taipan.runtime.str.StrRepr.backslashEscape(cp));
            }
        }
        return sb.toString();
    }
}
