package taipan.runtime.hash;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * A {@code zlib.Compress} or {@code zlib.Decompress} object on {@link Deflater}/{@link Inflater}, with the gzip
 * framing (header, CRC-32 and size trailer) that wbits 16+ asks for written or skipped here, since the JDK's
 * streams only know the zlib and raw formats. Calls lock the object: zlib streams are not thread-safe.
 */
public final class PZlibStream extends PythonObject {

    /** Failure of the underlying stream, with zlib's error code for the message. */
    public static final class ZlibException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int code;

        public ZlibException(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private final Deflater deflater;
    private final Inflater inflater;
    /** 0 zlib, 1 raw, 2 gzip, 3 gzip or zlib by the first bytes (decompression only). */
    private int format;
    private boolean headerDone;
    private long crc;
    private long size;
    private byte[] pending = new byte[0];
    private byte[] unusedData = new byte[0];
    private byte[] unconsumedTail = new byte[0];
    private boolean eof;
    private boolean finished;
    private final byte[] zdict;

    private PZlibStream(Shape shape, Deflater deflater, Inflater inflater, int format, byte[] zdict) {
        super(shape);
        this.deflater = deflater;
        this.inflater = inflater;
        this.format = format;
        this.zdict = zdict;
    }

    /** The framing of a wbits value: 0 zlib, 1 raw, 2 gzip, 3 automatic; -1 when invalid. */
    public static int format(long wbits, boolean decompress) {
        long bits = Math.abs(wbits);
        if (wbits < 0) {
            return bits >= 8 && bits <= 15 ? 1 : -1;
        } else if (wbits == 0 && decompress) {
            return 0;
        } else if (wbits >= 8 && wbits <= 15) {
            return 0;
        } else if (wbits >= 24 && wbits <= 31) {
            return 2;
        } else if (decompress && wbits >= 40 && wbits <= 47) {
            return 3;
        }
        return -1;
    }

    @TruffleBoundary
    public static PZlibStream compressor(Shape shape, int level, int format, int strategy, byte[] zdict) {
        Deflater deflater = new Deflater(level, format != 0);
        deflater.setStrategy(strategy == 1 || strategy == 2 ? strategy : Deflater.DEFAULT_STRATEGY);
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
        return new PZlibStream(shape, deflater, null, format, zdict);
    }

    @TruffleBoundary
    public static PZlibStream decompressor(Shape shape, int format, byte[] zdict) {
        Inflater inflater = new Inflater(format != 0);
        PZlibStream stream = new PZlibStream(shape, null, inflater, format, zdict);
        if (format == 1 && zdict != null) {
            inflater.setDictionary(zdict);
        }
        return stream;
    }

    public boolean isDecompressor() {
        return inflater != null;
    }

    public boolean isEof() {
        return eof;
    }

    public byte[] getUnusedData() {
        return unusedData;
    }

    public byte[] getUnconsumedTail() {
        return unconsumedTail;
    }

    // ---- compression

    @TruffleBoundary
    public synchronized byte[] compress(byte[] data) throws ZlibException {
        if (finished) {
            throw new ZlibException(-2, "inconsistent stream state");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gzipHeader(out);
        crc = Checksums.crc32(data, crc);
        size += data.length;
        deflater.setInput(data);
        byte[] buffer = new byte[16384];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void gzipHeader(ByteArrayOutputStream out) {
        if (format == 2 && !headerDone) {
            out.writeBytes(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
        }
        headerDone = true;
    }

    /** {@code flush(mode)}: Z_NO_FLUSH 0, Z_SYNC_FLUSH 2, Z_FULL_FLUSH 3, Z_FINISH 4. */
    @TruffleBoundary
    public synchronized byte[] flush(int mode) throws ZlibException {
        if (mode == 0) {
            return new byte[0];
        } else if (finished) {
            throw new ZlibException(-2, "inconsistent stream state");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gzipHeader(out);
        byte[] buffer = new byte[16384];
        if (mode == 4) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            finished = true;
            if (format == 2) {
                writeLittleEndian(out, crc);
                writeLittleEndian(out, size);
            }
        } else {
            int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
        }
        return out.toByteArray();
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    // ---- decompression

    /** {@code decompress(data, max_length)}: at most {@code maxLength} bytes (0: all); the rest of the input stays in unconsumed_tail. */
    @TruffleBoundary
    public synchronized byte[] decompress(byte[] data, int maxLength) throws ZlibException {
        byte[] input = data;
        if (eof) {
            unusedData = concat(unusedData, data);
            return new byte[0];
        }
        if (!headerDone) {
            input = concat(pending, data);
            int skip = skipHeader(input);
            if (skip < 0) {
                pending = input;
                return new byte[0];
            }
            pending = new byte[0];
            input = java.util.Arrays.copyOfRange(input, skip, input.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        inflater.setInput(input);
        byte[] buffer = new byte[16384];
        try {
            while (!inflater.finished() && (maxLength <= 0 || out.size() < maxLength)) {
                int room = maxLength <= 0 ? buffer.length : Math.min(buffer.length, maxLength - out.size());
                int n = inflater.inflate(buffer, 0, room);
                if (n == 0) {
                    if (inflater.needsDictionary() && zdict != null) {
                        inflater.setDictionary(zdict);
                        continue;
                    } else if (inflater.needsDictionary()) {
                        throw new ZlibException(2, "");
                    }
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new ZlibException(-3, e.getMessage());
        }
        byte[] result = out.toByteArray();
        crc = Checksums.crc32(result, crc);
        size += result.length;
        byte[] rest = java.util.Arrays.copyOfRange(input, input.length - inflater.getRemaining(), input.length);
        if (inflater.finished()) {
            eof = true;
            unconsumedTail = new byte[0];
            unusedData = concat(unusedData, format == 2 ? checkTrailer(rest) : rest);
        } else {
            unconsumedTail = rest;
        }
        return result;
    }

    /** Drops the 8-byte gzip trailer from what follows the deflate data, checking it when complete. */
    private byte[] checkTrailer(byte[] rest) throws ZlibException {
        if (rest.length < 8) {
            return new byte[0];
        }
        long storedCrc = Blake2s.littleEndian(rest, 0, 4);
        long storedSize = Blake2s.littleEndian(rest, 4, 4);
        if (storedCrc != crc) {
            throw new ZlibException(-3, "incorrect data check");
        } else if (storedSize != (size & 0xFFFFFFFFL)) {
            throw new ZlibException(-3, "incorrect length check");
        }
        return java.util.Arrays.copyOfRange(rest, 8, rest.length);
    }

    /** The length of the framing before the deflate data, or -1 when more input is needed. */
    private int skipHeader(byte[] input) throws ZlibException {
        if (format == 3) {
            if (input.length < 2) {
                return -1;
            }
            format = (input[0] & 0xFF) == 0x1f && (input[1] & 0xFF) == 0x8b ? 2 : 0;
        }
        if (format != 2) {
            headerDone = true;
            return 0;
        }
        int length = GzipHeader.length(input);
        if (length == -2) {
            throw new ZlibException(-3, "incorrect header check");
        } else if (length >= 0) {
            headerDone = true;
        }
        return length;
    }

    /** {@code flush()} of a decompressor: what the remaining tail gives. */
    @TruffleBoundary
    public byte[] flushDecompress() throws ZlibException {
        return unconsumedTail.length == 0 ? new byte[0] : decompress(new byte[0], 0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
