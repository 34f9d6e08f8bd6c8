package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.unicode.Unicode151;

/** {@code repr(str)} ({@code unicode_repr} in CPython's {@code Objects/unicodeobject.c}) and {@code ascii(str)}. */
public final class StrRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** Single quotes unless the text has a single quote and no double quote; non-printables escaped. */
    @TruffleBoundary
    public static TruffleString repr(TruffleString self) {
        return quote(StrCodePoints.toArray(self), false).toStr();
    }

    /** {@code repr} with every non-ASCII character escaped too. */
    @TruffleBoundary
    public static TruffleString ascii(TruffleString self) {
        return quote(StrCodePoints.toArray(self), true).toStr();
    }

    /** {@link #repr(TruffleString)} of a Java string (a surrogate pair is one code point), as Java text. */
    @TruffleBoundary
    public static String repr(String s) {
        return quote(s.codePoints().toArray(), false).toJavaString();
    }

    /** {@link #ascii(TruffleString)} of a Java string, as Java text. */
    @TruffleBoundary
    public static String ascii(String s) {
        return quote(s.codePoints().toArray(), true).toJavaString();
    }

    private static CodePointBuffer quote(int[] s, boolean asciiOnly) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int cp : s) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        int quote = hasSingle && !hasDouble ? '"' : '\'';
        CodePointBuffer out = new CodePointBuffer(s.length + 2);
        out.append(quote);
        for (int cp : s) {
            appendEscaped(cp, quote, asciiOnly, out);
        }
        out.append(quote);
        return out;
    }

    private static void appendEscaped(int cp, int quote, boolean asciiOnly, CodePointBuffer out) {
        if (cp == quote || cp == '\\') {
            out.append('\\');
            out.append(cp);
        } else if (cp == '\t') {
            out.appendAscii("\\t");
        } else if (cp == '\n') {
            out.appendAscii("\\n");
        } else if (cp == '\r') {
            out.appendAscii("\\r");
        } else if (cp < ' ' || cp == 0x7F) {
            appendHexEscape('x', cp, 2, out);
        } else if (cp < 0x7F || (!asciiOnly && Unicode151.isPrintable(cp))) {
            out.append(cp);
        } else {
            appendBackslashEscape(cp, out);
        }
    }

    /** {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh}: the shortest that fits, as backslashreplace writes. */
    static void appendBackslashEscape(int cp, CodePointBuffer out) {
        if (cp <= 0xFF) {
            appendHexEscape('x', cp, 2, out);
        } else if (cp <= 0xFFFF) {
            appendHexEscape('u', cp, 4, out);
        } else {
            appendHexEscape('U', cp, 8, out);
        }
    }

    private static void appendHexEscape(char kind, int cp, int digits, CodePointBuffer out) {
        out.append('\\');
        out.append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append(HEX[(cp >> shift) & 0xF]);
        }
    }

    /** The same escape as Java text, for error messages and PyObject_ASCII. */
    @TruffleBoundary
    public static String backslashEscape(int cp) {
        CodePointBuffer b = new CodePointBuffer(10);
        appendBackslashEscape(cp, b);
        return b.toJavaString();
    }
}
