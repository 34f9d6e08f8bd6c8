package taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code repr(bytes)} and {@code repr(bytearray)} text, after CPython's {@code PyBytes_Repr}. */
public final class BytesRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BytesRepr() {
    }

    /** {@code b'...'}: single quotes unless the bytes hold ' and no ", then double quotes. */
    @TruffleBoundary
    public static String repr(byte[] b, int length) {
        StringBuilder sb = new StringBuilder(length + 3).append('b');
        appendQuoted(sb, b, length, false);
        return sb.toString();
    }

    /** {@code bytearray(b'...')}. */
    @TruffleBoundary
    public static String byteArrayRepr(byte[] b, int length) {
        StringBuilder sb = new StringBuilder(length + 14).append("bytearray(b");
        // bytearray_repr escapes a single quote even inside double quotes
        appendQuoted(sb, b, length, true);
        return sb.append(')').toString();
    }

    private static void appendQuoted(StringBuilder sb, byte[] b, int length, boolean alwaysEscapeSingle) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < length; i++) {
            single |= b[i] == '\'';
            dbl |= b[i] == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xFF;
            if (c == quote || c == '\\' || (alwaysEscapeSingle && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right when {@code perSep > 0}. */
    @TruffleBoundary
    public static String hex(byte[] b, int length, String sep, int perSep) {
        StringBuilder sb = new StringBuilder(length * 3);
        int group = Math.abs(perSep);
        for (int i = 0; i < length; i++) {
            if (sep != null && i > 0 && group > 0) {
                int boundary = perSep > 0 ? (length - i) % group : i % group;
                if (boundary == 0) {
                    sb.append(sep);
                }
            }
            int c = b[i] & 0xFF;
            sb.append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
        return sb.toString();
    }
}
