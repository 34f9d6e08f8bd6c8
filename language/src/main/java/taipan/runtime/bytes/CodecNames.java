package taipan.runtime.bytes;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The codecs Taipan builds in, found by name as CPython's {@code encodings.search_function} finds them: the name is
 * normalised ({@code encodings.normalize_encoding}), then looked up among the aliases and module names.
 */
public final class CodecNames {

    public static final String UTF8 = "utf-8";
    public static final String UTF8_SIG = "utf-8-sig";
    public static final String LATIN1 = "latin-1";
    public static final String ASCII = "ascii";
    public static final String UTF16 = "utf-16";
    public static final String UTF16LE = "utf-16-le";
    public static final String UTF16BE = "utf-16-be";
    public static final String UTF32 = "utf-32";
    public static final String UTF32LE = "utf-32-le";
    public static final String UTF32BE = "utf-32-be";

    private CodecNames() {
    }

    /** The canonical codec name for {@code encoding}, or null when it is not built in. */
    @TruffleBoundary
    public static String lookup(String encoding) {
        String n = normalize(encoding);
        String codec = byName(n);
        return codec != null || n.indexOf('.') < 0 ? codec : byName(n.replace('.', '_'));
    }

    private static String byName(String n) {
        return switch (n) {
            case "utf8", "utf_8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> UTF8;
            case "utf_8_sig", "utf8_sig" -> UTF8_SIG;
            case "latin1", "latin_1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso8859", "8859", "cp819", "ibm819",
                            "csisolatin1", "iso_8859_1_1987", "iso_ir_100" -> LATIN1;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                            "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6" -> ASCII;
            case "utf_16", "utf16", "u16" -> UTF16;
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> UTF16LE;
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> UTF16BE;
            case "utf_32", "utf32", "u32" -> UTF32;
            case "utf_32_le", "utf_32le" -> UTF32LE;
            case "utf_32_be", "utf_32be" -> UTF32BE;
            default -> null;
        };
    }

    /** Lower case, and every run of characters other than letters, digits and '.' becomes one '_'. */
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

    /** True for the error handlers Python registers at start-up. */
    public static boolean isKnownHandler(String errors) {
        return switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
                            "surrogatepass", "namereplace" -> true;
            default -> false;
        };
    }
}
