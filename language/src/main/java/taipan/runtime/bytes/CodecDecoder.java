package taipan.runtime.bytes;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code bytes.decode} for the built-in codecs, with every error handler Python registers at start-up; the error
 * ranges and reasons follow CPython's decoders ({@code Objects/stringlib/codecs.h}, {@code unicodeobject.c}).
 */
public final class CodecDecoder {

    private final String errors;
    private final byte[] b;
    private final int n;
    private String codec;
    private int[] out;
    private int size;

    private CodecDecoder(String codec, String errors, byte[] b, int n) {
        this.codec = codec;
        this.errors = errors;
        this.b = b;
        this.n = n;
        this.out = new int[n];
    }

    /** The code points of {@code b[0, n)} decoded with the codec named {@code encoding}. */
    @TruffleBoundary
    public static int[] decode(byte[] b, int n, String encoding, String errors) {
        String codec = CodecNames.lookup(encoding);
        if (codec == null) {
            throw CodecException.unknownEncoding(encoding);
        }
        CodecDecoder decoder = new CodecDecoder(codec, errors, b, n);
        decoder.run();
        return Arrays.copyOf(decoder.out, decoder.size);
    }

    private void run() {
        switch (codec) {
            case CodecNames.ASCII, CodecNames.LATIN1 -> singleByte(codec.equals(CodecNames.ASCII) ? 0x80 : 0x100);
            case CodecNames.UTF8 -> utf8(0);
            case CodecNames.UTF8_SIG -> utf8(n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
                            && (b[2] & 0xFF) == 0xBF ? 3 : 0);
            case CodecNames.UTF16 -> utf16(bom16());
            case CodecNames.UTF16LE -> utf16(0);
            case CodecNames.UTF16BE -> utf16(0);
            case CodecNames.UTF32 -> utf32(bom32());
            default -> utf32(0);
        }
    }

    private void emit(int cp) {
        if (size == out.length) {
            out = Arrays.copyOf(out, size * 2 + 8);
        }
        out[size++] = cp;
    }

    private int at(int i) {
        return b[i] & 0xFF;
    }

    private void singleByte(int limit) {
        int i = 0;
        while (i < n) {
            if (at(i) < limit) {
                emit(at(i));
                i++;
            } else {
                i = handle(i, i + 1, "ordinal not in range(128)");
            }
        }
    }

    private void utf8(int from) {
        int i = from;
        while (i < n) {
            int c = at(i);
            if (c < 0x80) {
                emit(c);
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (need == 0) {
                i = handle(i, i + 1, "invalid start byte");
                continue;
            }
            int valid = 1;
            int cp = c & (0x3F >> need);
            while (valid <= need && i + valid < n && continuationOk(c, valid, at(i + valid))) {
                cp = (cp << 6) | (at(i + valid) & 0x3F);
                valid++;
            }
            if (valid > need) {
                emit(cp);
                i += valid;
            } else if (c == 0xED && valid == 1 && i + 2 < n && isContinuation(at(i + 1)) && isContinuation(at(i + 2))
                            && errors.equals("surrogatepass")) {
                emit(((c & 0x0F) << 12) | ((at(i + 1) & 0x3F) << 6) | (at(i + 2) & 0x3F));
                i += 3;
            } else {
                i = handle(i, i + valid, i + valid >= n ? "unexpected end of data" : "invalid continuation byte");
            }
        }
    }

    private static boolean isContinuation(int c) {
        return c >= 0x80 && c <= 0xBF;
    }

    /** The k-th byte after start byte {@code c} is valid: the second byte's range excludes overlongs and surrogates. */
    private static boolean continuationOk(int c, int k, int next) {
        if (k == 1) {
            return switch (c) {
                case 0xE0 -> next >= 0xA0 && next <= 0xBF;
                case 0xED -> next >= 0x80 && next <= 0x9F;
                case 0xF0 -> next >= 0x90 && next <= 0xBF;
                case 0xF4 -> next >= 0x80 && next <= 0x8F;
                default -> isContinuation(next);
            };
        }
        return isContinuation(next);
    }

    private int bom16() {
        if (n >= 2 && at(0) == 0xFF && at(1) == 0xFE) {
            codec = CodecNames.UTF16LE;
            return 2;
        } else if (n >= 2 && at(0) == 0xFE && at(1) == 0xFF) {
            codec = CodecNames.UTF16BE;
            return 2;
        }
        codec = CodecNames.UTF16LE;
        return 0;
    }

    private int bom32() {
        if (n >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
            codec = CodecNames.UTF32LE;
            return 4;
        } else if (n >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
            codec = CodecNames.UTF32BE;
            return 4;
        }
        codec = CodecNames.UTF32LE;
        return 0;
    }

    private int unit16(int i) {
        return codec.equals(CodecNames.UTF16BE) ? (at(i) << 8) | at(i + 1) : at(i) | (at(i + 1) << 8);
    }

    private void utf16(int from) {
        int i = from;
        while (i < n) {
            if (i + 1 >= n) {
                i = handle(i, n, "truncated data");
                continue;
            }
            int u = unit16(i);
            if (u < 0xD800 || u > 0xDFFF) {
                emit(u);
                i += 2;
            } else if (u >= 0xDC00) {
                i = surrogateOrError(u, i, i + 2, i + 2, "illegal encoding");
            } else if (i + 3 >= n) {
                i = surrogateOrError(u, i, n, i + 2, "unexpected end of data");
            } else {
                int low = unit16(i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    emit(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                    i += 4;
                } else {
                    i = surrogateOrError(u, i, i + 2, i + 2, "illegal UTF-16 surrogate");
                }
            }
        }
    }

    /** A lone surrogate: kept by surrogatepass (resuming at {@code passEnd}), else an error; the resume index. */
    private int surrogateOrError(int unit, int start, int end, int passEnd, String reason) {
        if (errors.equals("surrogatepass")) {
            emit(unit);
            return passEnd;
        }
        return handle(start, end, reason);
    }

    private void utf32(int from) {
        boolean big = codec.equals(CodecNames.UTF32BE);
        int i = from;
        while (i < n) {
            if (i + 3 >= n) {
                i = handle(i, n, "truncated data");
                continue;
            }
            long cp = big ? ((long) at(i) << 24) | (at(i + 1) << 16) | (at(i + 2) << 8) | at(i + 3)
                            : ((long) at(i + 3) << 24) | (at(i + 2) << 16) | (at(i + 1) << 8) | at(i);
            if (cp > 0x10FFFF) {
                i = handle(i, i + 4, "code point not in range(0x110000)");
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                i = surrogateOrError((int) cp, i, i + 4, i + 4,
                                "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                emit((int) cp);
                i += 4;
            }
        }
    }

    /** Applies the error handler to the undecodable bytes {@code [start, end)}; the index to resume at. */
    private int handle(int start, int end, String reason) {
        String name = codec.equals(CodecNames.UTF8_SIG) ? CodecNames.UTF8 : codec;
        if (codec.equals(CodecNames.ASCII) && !reason.startsWith("ordinal")) {
            reason = "ordinal not in range(128)";
        } else if (codec.equals(CodecNames.LATIN1)) {
            reason = "ordinal not in range(256)";
        }
        switch (errors) {
            case "strict", "surrogatepass", "xmlcharrefreplace", "namereplace" ->
                throw CodecException.decodeError(name, b, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> emit(0xFFFD);
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    String text = String.format("\\x%02x", at(k));
                    for (int j = 0; j < text.length(); j++) {
                        emit(text.charAt(j));
                    }
                }
            }
            case "surrogateescape" -> {
                // PyCodec_SurrogateEscapeErrors: escapes up to 4 leading bytes >= 128 and resumes after them
                int k = start;
                while (k < end && k - start < 4 && at(k) >= 0x80) {
                    emit(0xDC00 + at(k++));
                }
                if (k == start) {
                    throw CodecException.decodeError(name, b, start, end, reason);
                }
                return k;
            }
            default -> throw CodecException.unknownHandler(errors);
        }
        return end;
    }
}
