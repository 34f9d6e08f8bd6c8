package taipan.runtime.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _io.FileIO} (CPython's {@code Modules/_io/fileio.c}): raw unbuffered I/O on one of the context's file
 * descriptors, whose channel comes from Truffle's file system (or stands for a standard stream). Its methods
 * throw Java's {@link IOException}s; the builtins turn them into {@code OSError}s.
 */
public final class PFileIO extends PythonObject {

    private SeekableByteChannel channel;
    private int fd = -1;
    private boolean readable;
    private boolean writable;
    private boolean appending;
    private boolean created;
    private boolean closefd = true;

    public PFileIO(Shape shape) {
        super(shape);
    }

    /** Binds this object to an open descriptor, as {@code FileIO.__init__} does once the file is open. */
    public synchronized void open(int descriptor, SeekableByteChannel ch, boolean read, boolean write, boolean append,
                    boolean create, boolean close) {
        this.fd = descriptor;
        this.channel = ch;
        this.readable = read;
        this.writable = write;
        this.appending = append;
        this.created = create;
        this.closefd = close;
    }

    public boolean isClosed() {
        return fd < 0;
    }

    public int getFd() {
        return fd;
    }

    public boolean isReadable() {
        return readable;
    }

    public boolean isWritable() {
        return writable;
    }

    public boolean isCloseFd() {
        return closefd;
    }

    /** CPython's {@code mode_string}: what {@code FileIO.mode} reports. */
    public String getMode() {
        if (created) {
            return readable ? "xb+" : "xb";
        } else if (appending) {
            return readable ? "ab+" : "ab";
        } else if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    public boolean isStandardStream() {
        return channel instanceof StdStreamChannel;
    }

    /** Forgets the descriptor; returns the channel to close, or null when {@code closefd} was false. */
    public synchronized SeekableByteChannel detachForClose() {
        SeekableByteChannel ch = channel;
        fd = -1;
        channel = null;
        return closefd ? ch : null;
    }

    /** Up to {@code n} bytes; an empty array at end of file. */
    @TruffleBoundary
    public byte[] read(int n) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(n);
        int got = channel.read(buffer);
        if (got <= 0) {
            return new byte[0];
        }
        byte[] result = new byte[got];
        buffer.flip();
        buffer.get(result);
        return result;
    }

    /** Everything up to the end of the file. */
    @TruffleBoundary
    public byte[] readAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (true) {
            buffer.clear();
            int got = channel.read(buffer);
            if (got < 0 || (got == 0 && isStandardStream())) {
                return out.toByteArray();
            }
            out.write(buffer.array(), 0, got);
        }
    }

    @TruffleBoundary
    public synchronized int write(byte[] data, int offset, int length) throws IOException {
        if (appending && !isStandardStream()) {
            channel.position(channel.size());
        }
        ByteBuffer buffer = ByteBuffer.wrap(data, offset, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        return length;
    }

    @TruffleBoundary
    public long tell() throws IOException {
        return channel.position();
    }

    /** lseek: returns the new position; a negative target is EINVAL, which the caller raises. */
    @TruffleBoundary
    public synchronized long seek(long offset, int whence) throws IOException {
        long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
        long target = base + offset;
        if (target < 0) {
            throw new IOException("Invalid argument");
        }
        channel.position(target);
        return target;
    }

    /** ftruncate: cuts or zero-extends the file; the position stays where it was (Java's truncate moves it). */
    @TruffleBoundary
    public synchronized long truncate(long size) throws IOException {
        long position = channel.position();
        long current = channel.size();
        if (size < current) {
            channel.truncate(size);
        } else if (size > current) {
            channel.position(size - 1);
            channel.write(ByteBuffer.wrap(new byte[1]));
        }
        channel.position(position);
        return size;
    }

    @TruffleBoundary
    public boolean isSeekable() {
        try {
            channel.position();
            return !isStandardStream();
        } catch (IOException e) {
            return false;
        }
    }

    @TruffleBoundary
    public long size() throws IOException {
        return channel.size();
    }
}
