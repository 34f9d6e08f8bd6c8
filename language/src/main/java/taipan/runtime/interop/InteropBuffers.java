package taipan.runtime.interop;

import java.nio.ByteBuffer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytesLike;

/** {@code bytes} (read-only) and {@code bytearray} (writable in place, never resized) as interop buffers. */
final class InteropBuffers {

    private InteropBuffers() {
    }

    static boolean isBuffer(Object value) {
        return value instanceof PBytesLike;
    }

    static boolean isWritable(Object value) {
        return value instanceof PByteArray;
    }

    static PBytesLike bytes(Object value) throws UnsupportedMessageException {
        if (value instanceof PBytesLike b) {
            return b;
        }
        throw UnsupportedMessageException.create();
    }

    /** The {@code length} bytes at {@code offset}, as a buffer positioned at them. */
    @TruffleBoundary
    static ByteBuffer read(Object value, long offset, int length) throws UnsupportedMessageException, InvalidBufferOffsetException {
        PBytesLike b = bytes(value);
        check(b, offset, length);
        return ByteBuffer.wrap(b.array(), (int) offset, length).slice();
    }

    @TruffleBoundary
    static void write(Object value, long offset, byte[] data) throws UnsupportedMessageException, InvalidBufferOffsetException {
        if (!(value instanceof PByteArray array)) {
            throw UnsupportedMessageException.create();
        }
        check(array, offset, data.length);
        for (int i = 0; i < data.length; i++) {
            array.set((int) offset + i, data[i] & 0xff);
        }
    }

    private static void check(PBytesLike b, long offset, int length) throws InvalidBufferOffsetException {
        if (offset < 0 || offset + length > b.length()) {
            throw InvalidBufferOffsetException.create(offset, length);
        }
    }
}
