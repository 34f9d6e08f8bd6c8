package taipan.runtime.bytes;

import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Python's mutable {@code bytearray}. Thread safety as list's (DESIGN §6): mutations hold the object's monitor,
 * readers lock nothing. The array is only ever replaced by a longer one or written in place, and the length is
 * published after the bytes it covers, so a reader that reads {@link #length()} and then {@link #array()} never
 * indexes out of bounds, whatever a concurrent writer does.
 */
public final class PByteArray extends PBytesLike {

    private volatile byte[] data;
    private volatile int size;
    /** Live buffer exports (memoryview): while positive, resizing raises BufferError. */
    private int exports;

    public PByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override
    public byte[] array() {
        return data;
    }

    @Override
    public int length() {
        return size;
    }

    public synchronized void export(int delta) {
        exports += delta;
    }

    public synchronized boolean isExported() {
        return exports > 0;
    }

    /** {@code self[index] = value} for 0 <= index < length. */
    public synchronized void set(int index, int value) {
        data[index] = (byte) value;
    }

    public synchronized void append(int value) {
        checkResizable();
        ensure(size + 1);
        data[size] = (byte) value;
        publish(size + 1);
    }

    /** Appends {@code n} bytes of {@code src}. */
    public synchronized void extend(byte[] src, int n) {
        if (n > 0) {
            checkResizable();
        }
        ensure(size + n);
        System.arraycopy(src, 0, data, size, n);
        publish(size + n);
    }

    /** {@code self[start:stop] = src}: replaces a contiguous range (0 <= start <= stop <= length). */
    public synchronized void replace(int start, int stop, byte[] src) {
        int n = size;
        int newSize = n - (stop - start) + src.length;
        if (newSize != n) {
            checkResizable();
        }
        byte[] target = newSize > data.length ? Arrays.copyOf(data, Math.max(newSize, data.length * 2)) : data;
        System.arraycopy(data, stop, target, start + src.length, n - stop);
        System.arraycopy(src, 0, target, start, src.length);
        if (target != data) {
            data = target;
        }
        publish(newSize);
    }

    /** Removes and returns the item at {@code index} (0 <= index < length). */
    public synchronized int pop(int index) {
        checkResizable();
        int value = data[index] & 0xFF;
        System.arraycopy(data, index + 1, data, index, size - index - 1);
        publish(size - 1);
        return value;
    }

    public synchronized void insert(int index, int value) {
        checkResizable();
        ensure(size + 1);
        System.arraycopy(data, index, data, index + 1, size - index);
        data[index] = (byte) value;
        publish(size + 1);
    }

    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    /** Replaces the whole contents (slice assignment with a step, clear, {@code *=}). */
    public synchronized void setContents(byte[] bytes) {
        if (bytes.length <= data.length) {
            System.arraycopy(bytes, 0, data, 0, bytes.length);
        } else {
            data = bytes.clone();
        }
        publish(bytes.length);
    }

    /** A memoryview holds the storage: CPython's BufferError (raised by the built-in methods' root). */
    private void checkResizable() {
        if (exports > 0) {
            throw taipan.runtime.list.ContainerError.bufferError("Existing exports of data: object cannot be re-sized");
        }
    }

    private void ensure(int capacity) {
        if (capacity > data.length) {
            data = Arrays.copyOf(data, Math.max(capacity, data.length * 2 + 8));
        }
    }

    private void publish(int newSize) {
        // Readers lock nothing: the bytes must be visible before the length that admits them.
        VarHandle.releaseFence();
        size = newSize;
    }

    @Override
    public String toString() {
        return BytesRepr.byteArrayRepr(toByteArray(), length());
    }
}
