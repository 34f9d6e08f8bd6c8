package taipan.runtime.io;

import java.util.Arrays;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter}, {@code BufferedRandom} and {@code BufferedRWPair} (CPython's
 * {@code Modules/_io/bufferedio.c}): a raw stream with a read buffer (bytes read ahead, {@code [readPos,
 * readLimit)}) and a write buffer (bytes not yet written to the raw stream). This class holds the state; the
 * builtins call the raw stream's methods. Callers synchronise on the object: threads share files.
 */
public final class PBuffered extends PythonObject {

    /** Which of the four classes this is: what it may do. */
    public enum Kind {
        READER,
        WRITER,
        RANDOM,
        RWPAIR
    }

    private Kind kind;
    private Object raw;
    /** The writer of a {@code BufferedRWPair}; {@link #raw} is its reader. */
    private Object writerRaw;
    private int bufferSize = 8192;
    private byte[] readBuffer = new byte[0];
    private int readPos;
    private int readLimit;
    private byte[] writeBuffer = new byte[0];
    private int writeLength;
    private boolean detached;
    /** Whether {@code __init__} ran: CPython's "uninitialized object" checks. */
    private boolean ready;

    public PBuffered(Shape shape) {
        super(shape);
    }

    public void init(Kind k, Object rawStream, Object writer, int size) {
        this.kind = k;
        this.raw = rawStream;
        this.writerRaw = writer;
        this.bufferSize = size;
        this.readBuffer = new byte[0];
        this.readPos = 0;
        this.readLimit = 0;
        this.writeBuffer = new byte[0];
        this.writeLength = 0;
        this.detached = false;
        this.ready = true;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isDetached() {
        return detached;
    }

    public Object getRaw() {
        return raw;
    }

    public Object getWriterRaw() {
        return kind == Kind.RWPAIR ? writerRaw : raw;
    }

    public int getBufferSize() {
        return bufferSize;
    }

    public boolean canRead() {
        return kind != Kind.WRITER;
    }

    public boolean canWrite() {
        return kind != Kind.READER;
    }

    /** Detaches the raw stream and returns it. */
    public Object detach() {
        detached = true;
        Object r = raw;
        raw = null;
        return r;
    }

    public int available() {
        return readLimit - readPos;
    }

    /** Takes up to {@code n} buffered bytes. */
    public byte[] take(int n) {
        int count = Math.min(n, available());
        byte[] result = Arrays.copyOfRange(readBuffer, readPos, readPos + count);
        readPos += count;
        return result;
    }

    /** The buffered bytes, without consuming them. */
    public byte[] peekBuffered() {
        return Arrays.copyOfRange(readBuffer, readPos, readLimit);
    }

    /** Index past the first newline within the first {@code limit} buffered bytes, or -1. */
    public int lineEnd(int limit) {
        int stop = (int) Math.min(readLimit, (long) readPos + limit);
        for (int i = readPos; i < stop; i++) {
            if (readBuffer[i] == '\n') {
                return i + 1 - readPos;
            }
        }
        return -1;
    }

    /** Appends bytes read from the raw stream after what is still buffered. */
    public void fill(byte[] data) {
        int left = available();
        byte[] merged = new byte[left + data.length];
        System.arraycopy(readBuffer, readPos, merged, 0, left);
        System.arraycopy(data, 0, merged, left, data.length);
        readBuffer = merged;
        readPos = 0;
        readLimit = merged.length;
    }

    /** Drops the read-ahead bytes; returns how many there were (the raw stream is that far ahead). */
    public int dropReadAhead() {
        int left = available();
        readPos = 0;
        readLimit = 0;
        readBuffer = new byte[0];
        return left;
    }

    public void buffer(byte[] data, int offset, int length) {
        if (writeLength + length > writeBuffer.length) {
            writeBuffer = Arrays.copyOf(writeBuffer, Math.max(writeLength + length, Math.max(bufferSize, 64)));
        }
        System.arraycopy(data, offset, writeBuffer, writeLength, length);
        writeLength += length;
    }

    public int pendingWrites() {
        return writeLength;
    }

    /** Takes the pending write bytes, leaving the write buffer empty. */
    public byte[] takePendingWrites() {
        byte[] result = Arrays.copyOf(writeBuffer, writeLength);
        writeLength = 0;
        return result;
    }
}
