package taipan.runtime.str;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.encode(encoding, errors)} for the codecs CPython builds in (utf-8, latin-1, ascii) and the error
 * handlers strict, replace, ignore, backslashreplace and surrogateescape, after {@code unicode_encode_ucs1} and
 * {@code stringlib/codecs.h}. Returns {@code null} for any other codec or handler: the caller then goes through
 * Python's codec registry ({@code codecs.encode}), which also reports unknown names.
 */
public final class StrEncode {

    private StrEncode() {
    }

    /** The codec's canonical name ("utf-8", "latin-1", "ascii"), or null if it is not one of those three. */
    @TruffleBoundary
    public static String builtinCodec(String encoding) {
        String n = normalize(encoding);
        String codec = lookup(n, true);
        // encodings.search_function tries the aliases once more with '.' read as '_' (but not the module names).
        return codec != null || n.indexOf('.') < 0 ? codec : lookup(n.replace('.', '_'), false);
    }

    private static String lookup(String n, boolean moduleNames) {
        switch (n) {
            case "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
                return "utf-8";
            case "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso8859", "8859", "cp819", "ibm819", "csisolatin1", "iso_8859_1_1987",
                            "iso_ir_100":
                return "latin-1";
            case "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                            "iso_646.irv_1991", "iso_ir_6":
                return "ascii";
            default:
                break;
        }
        if (!moduleNames) {
            return null;
        }
        return switch (n) {
            case "utf_8" -> "utf-8";
            case "latin_1" -> "latin-1";
            case "ascii" -> "ascii";
            default -> null;
        };
    }

    /** {@code encodings.normalize_encoding} after the registry's lower-casing: punctuation runs become one '_'. */
    private static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                if (c < 0x80) {
                    sb.append(c);
                }
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code self.encode(encoding, errors)}, or null when the caller must use the codec registry. */
    @TruffleBoundary
    public static byte[] encode(TruffleString self, String encoding, String errors) {
        String codec = builtinCodec(encoding);
        if (codec == null) {
            return null;
        }
        int[] s = StrCodePoints.toArray(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : 0x110000;
        int i = 0;
        while (i < s.length) {
            int cp = s[i];
            if (cp < limit && !(limit == 0x110000 && isSurrogate(cp))) {
                writeChar(cp, limit, out);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length && (limit == 0x110000 ? isSurrogate(s[end]) : s[end] >= limit)) {
                end++;
            }
            if (!handleError(self, s, i, end, codec, errors, out)) {
                return null;
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xD800 && cp <= 0xDFFF;
    }

    private static void writeChar(int cp, int limit, ByteArrayOutputStream out) {
        if (cp < 0x80 || limit <= 0x100) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    /** Applies the handler to the unencodable run [start, end); false when the handler is not built in. */
    private static boolean handleError(TruffleString self, int[] s, int start, int end, String codec, String errors, ByteArrayOutputStream out) {
        String reason = codec.equals("utf-8") ? "surrogates not allowed" : codec.equals("ascii") ? "ordinal not in range(128)" : "ordinal not in range(256)";
        switch (errors) {
            case "strict":
                throw StrEncodeException.create(codec, self, s, start, end, reason);
            case "ignore":
                return true;
            case "replace":
                for (int k = start; k < end; k++) {
                    out.write('?');
                }
                return true;
            case "backslashreplace":
                CodePointBuffer b = new CodePointBuffer(10);
                for (int k = start; k < end; k++) {
                    StrRepr.appendBackslashEscape(s[k], b);
                }
                for (int c : StrCodePoints.toArray(b.toStr())) {
                    out.write(c);
                }
                return true;
            case "surrogateescape":
                // Only U+DC80..U+DCFF carry a byte; the first other character fails the rest of the run.
                for (int k = start; k < end; k++) {
                    if (s[k] < 0xDC80 || s[k] > 0xDCFF) {
                        throw StrEncodeException.create(codec, self, s, k, end, reason);
                    }
                    out.write(s[k] - 0xDC00);
                }
                return true;
            default:
                return false;
        }
    }
}
