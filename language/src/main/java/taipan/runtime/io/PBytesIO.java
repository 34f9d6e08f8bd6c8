package taipan.runtime.io;

import java.util.Arrays;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** {@code _io.BytesIO} (CPython's {@code Modules/_io/bytesio.c}): an in-memory byte buffer with a position. */
public final class PBytesIO extends PythonObject {

    private byte[] bytes = new byte[16];
    private int length;
    private int position;
    private boolean closed;
    /** The bytearray {@code getbuffer()} views share this buffer through; null until the first call. */
    private taipan.runtime.bytes.PByteArray exported;

    public PBytesIO(Shape shape) {
        super(shape);
    }

    public synchronized void reset() {
        length = 0;
        position = 0;
        closed = false;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        closed = true;
    }

    public int getPosition() {
        return position;
    }

    public int getLength() {
        return length;
    }

    public synchronized void setPosition(int position) {
        this.position = position;
    }

    /** Writes at the position, padding with zero bytes past the end. */
    public synchronized int write(byte[] data, int n) {
        int end = position + n;
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
        }
        if (position > length) {
            Arrays.fill(bytes, length, position, (byte) 0);
        }
        System.arraycopy(data, 0, bytes, position, n);
        position = end;
        length = Math.max(length, end);
        return n;
    }

    public synchronized byte[] read(long size) {
        int start = Math.min(position, length);
        int available = length - start;
        int n = size < 0 || size > available ? available : (int) size;
        position = start + n;
        return Arrays.copyOfRange(bytes, start, start + n);
    }

    public synchronized byte[] readline(long limit) {
        int start = Math.min(position, length);
        int stop = limit < 0 ? length : (int) Math.min(length, start + limit);
        int end = stop;
        for (int i = start; i < stop; i++) {
            if (bytes[i] == '\n') {
                end = i + 1;
                break;
            }
        }
        position = end;
        return Arrays.copyOfRange(bytes, start, end);
    }

    /** The storage as a bytearray of exactly the value's length, for a {@code memoryview} over this buffer. */
    public synchronized taipan.runtime.bytes.PByteArray export() {
        if (bytes.length != length) {
            bytes = Arrays.copyOf(bytes, length);
        }
        if (exported == null || exported.array() != bytes) {
            exported = new taipan.runtime.bytes.PByteArray(bytes);
        }
        return exported;
    }

    /** Whether a {@code getbuffer()} view is still alive: then the buffer may not change size or close. */
    public boolean isExported() {
        taipan.runtime.bytes.PByteArray e = exported;
        return e != null && e.isExported();
    }

    public synchronized byte[] getValue() {
        return Arrays.copyOf(bytes, length);
    }

    public synchronized void truncate(int size) {
        if (size < length) {
            length = size;
        }
    }
}
