package taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code str.encode} for the built-in codecs, with every error handler Python registers at start-up, after
 * CPython's {@code Objects/unicodeobject.c} and {@code Objects/stringlib/codecs.h}.
 */
public final class CodecEncoder {

    private final String codec;
    private final String errors;
    private final int[] s;
    private final ByteBuilder out;

    private CodecEncoder(String codec, String errors, int[] s) {
        this.codec = codec;
        this.errors = errors;
        this.s = s;
        this.out = new ByteBuilder(s.length + 4);
    }

    /** The bytes of the code points {@code s}; {@code encoding} is any name of a built-in codec. */
    @TruffleBoundary
    public static byte[] encode(int[] s, String encoding, String errors) {
        String codec = CodecNames.lookup(encoding);
        if (codec == null) {
            throw CodecException.unknownEncoding(encoding);
        }
        CodecEncoder encoder = new CodecEncoder(codec, errors, s);
        encoder.run();
        return encoder.out.toArray();
    }

    private void run() {
        switch (codec) {
            case CodecNames.UTF8_SIG -> {
                out.add(0xEF);
                out.add(0xBB);
                out.add(0xBF);
            }
            case CodecNames.UTF16 -> unit(0xFEFF, 2, false);
            case CodecNames.UTF32 -> unit(0xFEFF, 4, false);
            default -> {
            }
        }
        int limit = limit();
        int i = 0;
        while (i < s.length) {
            int cp = s[i];
            if (cp < limit && !isSurrogate(cp)) {
                write(cp);
                i++;
                continue;
            }
            // utf-16/32 report one character at a time, the others the whole run of unencodable ones.
            int end = i + 1;
            if (limit < 0x110000 || codec.startsWith("utf-8")) {
                while (end < s.length && (s[end] >= limit || isSurrogate(s[end]))) {
                    end++;
                }
            }
            handle(i, end);
            i = end;
        }
    }

    private int limit() {
        return codec.equals(CodecNames.ASCII) ? 0x80 : codec.equals(CodecNames.LATIN1) ? 0x100 : 0x110000;
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xD800 && cp <= 0xDFFF;
    }

    private String reason() {
        return switch (codec) {
            case CodecNames.ASCII -> "ordinal not in range(128)";
            case CodecNames.LATIN1 -> "ordinal not in range(256)";
            default -> "surrogates not allowed";
        };
    }

    /** Writes one encodable code point in the codec. */
    private void write(int cp) {
        switch (codec) {
            case CodecNames.ASCII, CodecNames.LATIN1 -> out.add(cp);
            case CodecNames.UTF8, CodecNames.UTF8_SIG -> utf8(cp);
            case CodecNames.UTF16, CodecNames.UTF16LE, CodecNames.UTF16BE -> {
                boolean big = codec.equals(CodecNames.UTF16BE);
                if (cp >= 0x10000) {
                    unit(0xD800 | ((cp - 0x10000) >> 10), 2, big);
                    unit(0xDC00 | ((cp - 0x10000) & 0x3FF), 2, big);
                } else {
                    unit(cp, 2, big);
                }
            }
            default -> unit(cp, 4, codec.equals(CodecNames.UTF32BE));
        }
    }

    private void utf8(int cp) {
        if (cp < 0x80) {
            out.add(cp);
        } else if (cp < 0x800) {
            out.add(0xC0 | (cp >> 6));
            out.add(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.add(0xE0 | (cp >> 12));
            out.add(0x80 | ((cp >> 6) & 0x3F));
            out.add(0x80 | (cp & 0x3F));
        } else {
            out.add(0xF0 | (cp >> 18));
            out.add(0x80 | ((cp >> 12) & 0x3F));
            out.add(0x80 | ((cp >> 6) & 0x3F));
            out.add(0x80 | (cp & 0x3F));
        }
    }

    private void unit(int value, int width, boolean big) {
        for (int k = 0; k < width; k++) {
            int shift = big ? 8 * (width - 1 - k) : 8 * k;
            out.add((value >> shift) & 0xFF);
        }
    }

    /** Applies the error handler to the unencodable run {@code [start, end)}. */
    private void handle(int start, int end) {
        switch (errors) {
            case "strict" -> throw CodecException.encodeError(codec, s, start, end, reason());
            case "ignore" -> {
            }
            case "replace" -> replaceEach(start, end, "?");
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    replaceWith(backslash(s[k]));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int k = start; k < end; k++) {
                    replaceWith("&#" + s[k] + ";");
                }
            }
            case "surrogateescape" -> surrogateEscape(start, end);
            case "surrogatepass" -> surrogatePass(start, end);
            default -> throw CodecNames.isKnownHandler(errors) ? CodecException.encodeError(codec, s, start, end,
                            reason()) : CodecException.unknownHandler(errors);
        }
    }

    private void replaceEach(int start, int end, String replacement) {
        for (int k = start; k < end; k++) {
            replaceWith(replacement);
        }
    }

    /** Writes an ASCII replacement text through the codec itself (so utf-16 gets two bytes a character). */
    private void replaceWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
    }

    static String backslash(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private void surrogateEscape(int start, int end) {
        for (int k = start; k < end; k++) {
            // a byte is no valid output of the utf-16/32 encoders: they refuse the escape
            if (s[k] < 0xDC80 || s[k] > 0xDCFF || codec.startsWith("utf-16") || codec.startsWith("utf-32")) {
                throw CodecException.encodeError(codec, s, start, end, reason());
            }
            out.add(s[k] - 0xDC00);
        }
    }

    private void surrogatePass(int start, int end) {
        if (!codec.startsWith("utf")) {
            throw CodecException.encodeError(codec, s, start, end, reason());
        }
        for (int k = start; k < end; k++) {
            if (!isSurrogate(s[k])) {
                throw CodecException.encodeError(codec, s, start, end, reason());
            }
            switch (codec) {
                case CodecNames.UTF8, CodecNames.UTF8_SIG -> utf8(s[k]);
                case CodecNames.UTF16, CodecNames.UTF16LE -> unit(s[k], 2, false);
                case CodecNames.UTF16BE -> unit(s[k], 2, true);
                default -> unit(s[k], 4, codec.equals(CodecNames.UTF32BE));
            }
        }
    }
}
