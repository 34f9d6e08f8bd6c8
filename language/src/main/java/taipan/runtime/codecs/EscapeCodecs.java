package taipan.runtime.codecs;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.bytes.ByteBuilder;

/**
 * The escape codecs of {@code _codecs}: {@code escape_*} (bytes to bytes, as pickle's protocol 0 uses),
 * {@code unicode_escape_*} and {@code raw_unicode_escape_*}, after CPython's {@code Objects/unicodeobject.c} and
 * {@code Objects/bytesobject.c}. Malformed input is reported as a {@link Malformed} carrying the bad range.
 */
public final class EscapeCodecs {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private EscapeCodecs() {
    }

    /** An undecodable escape at {@code [start, end)} of the input. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int start;
        public final int end;
        public final String reason;

        Malformed(int start, int end, String reason) {
            super(reason, null, false, false);
            this.start = start;
            this.end = end;
            this.reason = reason;
        }
    }

    /** {@code codecs.escape_encode}: bytes as in a bytes literal's repr, without quotes ({@code '} escaped). */
    @TruffleBoundary
    public static byte[] escapeEncode(byte[] b, int n) {
        ByteBuilder out = new ByteBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            switch (c) {
                case '\\', '\'' -> {
                    out.add('\\');
                    out.add(c);
                }
                case '\t' -> twoChars(out, 't');
                case '\n' -> twoChars(out, 'n');
                case '\r' -> twoChars(out, 'r');
                default -> {
                    if (c < 0x20 || c >= 0x7F) {
                        hexEscape(out, 'x', c, 2);
                    } else {
                        out.add(c);
                    }
                }
            }
        }
        return out.toArray();
    }

    /** {@code codecs.escape_decode}: the escapes of a bytes literal; unknown escapes stay as written. */
    @TruffleBoundary
    public static byte[] escapeDecode(byte[] b, int n) {
        ByteBuilder out = new ByteBuilder(n);
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c != '\\') {
                out.add(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw new Malformed(i, n, "\\ at end of string");
            }
            int e = b[i + 1] & 0xFF;
            i += 2;
            int simple = simpleEscape(e);
            if (simple >= 0) {
                out.add(simple);
            } else if (e == '\n') {
                continue;
            } else if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                    v = v * 8 + (b[i++] - '0');
                }
                out.add(v & 0xFF);
            } else if (e == 'x') {
                int v = hexValue(b, i, n, 2);
                if (v < 0) {
                    throw new Malformed(i - 2, n, "invalid \\x escape at position " + (i - 2));
                }
                out.add(v);
                i += 2;
            } else {
                out.add('\\');
                out.add(e);
            }
        }
        return out.toArray();
    }

    /** {@code codecs.unicode_escape_encode}: Latin-1 printable ASCII as is, everything else escaped. */
    @TruffleBoundary
    public static byte[] unicodeEscapeEncode(int[] s, boolean raw) {
        ByteBuilder out = new ByteBuilder(s.length + 8);
        for (int cp : s) {
            if (raw) {
                if (cp < 0x100) {
                    out.add(cp);
                } else {
                    hexEscape(out, cp < 0x10000 ? 'u' : 'U', cp, cp < 0x10000 ? 4 : 8);
                }
                continue;
            }
            switch (cp) {
                case '\\' -> twoChars(out, '\\');
                case '\t' -> twoChars(out, 't');
                case '\n' -> twoChars(out, 'n');
                case '\r' -> twoChars(out, 'r');
                default -> {
                    if (cp >= 0x20 && cp < 0x7F) {
                        out.add(cp);
                    } else if (cp < 0x100) {
                        hexEscape(out, 'x', cp, 2);
                    } else if (cp < 0x10000) {
                        hexEscape(out, 'u', cp, 4);
                    } else {
                        hexEscape(out, 'U', cp, 8);
                    }
                }
            }
        }
        return out.toArray();
    }

    /**
     * {@code codecs.unicode_escape_decode} (or the raw form, where only {@code \\u}/{@code \\U} after an odd run of
     * backslashes are escapes); bytes outside escapes are Latin-1. Returns the code points decoded from
     * {@code b[0, end)} where {@code end[0]} is how far it got: short of {@code n} only when not final and the
     * input stops inside an escape.
     */
    @TruffleBoundary
    public static CodePointList unicodeEscapeDecode(byte[] b, int n, boolean raw, boolean fin, int[] end,
                    ErrorSink errors) {
        CodePointList out = new CodePointList(n);
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c != '\\' || i + 1 >= n && fin && raw) {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                if (!fin) {
                    break;
                }
                i = errors.handle(out, i, n, "\\ at end of string");
                continue;
            }
            int e = b[i + 1] & 0xFF;
            if (raw && e != 'u' && e != 'U') {
                out.append('\\');
                i++;
                continue;
            }
            int next = raw ? rawEscape(b, n, i, e, out, fin) : escape(b, n, i, e, out, fin);
            if (next == -1) {
                break;
            }
            if (next < -1) {
                i = errors.handle(out, i, -next - 2, reasonOf(e, raw));
                continue;
            }
            i = next;
        }
        end[0] = i;
        return out;
    }

    /** Receives a malformed escape {@code [start, end)}; returns the index to resume at. */
    public interface ErrorSink {
        int handle(CodePointList out, int start, int end, String reason);
    }

    private static String reasonOf(int e, boolean raw) {
        return switch (e) {
            case 'x' -> "truncated \\xXX escape";
            case 'u' -> "truncated \\uXXXX escape";
            case 'U' -> raw ? "truncated \\UXXXXXXXX escape" : "truncated \\UXXXXXXXX escape";
            case 'N' -> "malformed \\N character escape";
            default -> "\\ at end of string";
        };
    }

    /** One escape at {@code b[i]} ('\\', then {@code e}): the index after it, -1 for "need more", -(end+2) on error. */
    private static int escape(byte[] b, int n, int i, int e, CodePointList out, boolean fin) {
        int simple = simpleEscape(e);
        if (simple >= 0) {
            out.append(simple);
            return i + 2;
        } else if (e == '\n') {
            return i + 2;
        } else if (e >= '0' && e <= '7') {
            int v = e - '0';
            int k = i + 2;
            for (int d = 0; d < 2 && k < n && b[k] >= '0' && b[k] <= '7'; d++) {
                v = v * 8 + (b[k++] - '0');
            }
            out.append(v);
            return k;
        } else if (e == 'x' || e == 'u' || e == 'U') {
            return hexUnit(b, n, i, e == 'x' ? 2 : e == 'u' ? 4 : 8, out, fin);
        } else if (e == 'N') {
            return named(b, n, i, out, fin);
        }
        out.append('\\');
        out.append(e);
        return i + 2;
    }

    private static int rawEscape(byte[] b, int n, int i, int e, CodePointList out, boolean fin) {
        return hexUnit(b, n, i, e == 'u' ? 4 : 8, out, fin);
    }

    private static int hexUnit(byte[] b, int n, int i, int digits, CodePointList out, boolean fin) {
        int start = i + 2;
        int available = 0;
        while (available < digits && start + available < n && Character.digit(b[start + available], 16) >= 0) {
            available++;
        }
        if (available < digits) {
            if (!fin && start + available >= n) {
                return -1;
            }
            return -(start + available) - 2;
        }
        long v = 0;
        for (int k = 0; k < digits; k++) {
            v = v * 16 + Character.digit(b[start + k], 16);
        }
        if (v > 0x10FFFF) {
            return -(start + digits) - 2;
        }
        out.append((int) v);
        return start + digits;
    }

    private static int named(byte[] b, int n, int i, CodePointList out, boolean fin) {
        int open = i + 2;
        if (open >= n) {
            return fin ? -(n) - 2 : -1;
        }
        if (b[open] != '{') {
            return -(open) - 2;
        }
        int close = open + 1;
        while (close < n && b[close] != '}') {
            close++;
        }
        if (close >= n) {
            return fin ? -(n) - 2 : -1;
        }
        String name = new String(b, open + 1, close - open - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        int cp;
        try {
            cp = name.isEmpty() ? -1 : Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            cp = -1;
        }
        if (cp < 0) {
            return -(close + 1) - 2;
        }
        out.append(cp);
        return close + 1;
    }

    private static int simpleEscape(int e) {
        return switch (e) {
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            default -> -1;
        };
    }

    private static int hexValue(byte[] b, int i, int n, int digits) {
        if (i + digits > n) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = Character.digit(b[i + k], 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static void twoChars(ByteBuilder out, char c) {
        out.add('\\');
        out.add(c);
    }

    private static void hexEscape(ByteBuilder out, char kind, int value, int digits) {
        out.add('\\');
        out.add(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.add(HEX[(value >> shift) & 0xF]);
        }
    }
}
