package taipan.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * File descriptor 0, 1 or 2 of a context: the embedder's input stream, or the context's {@link PythonOutput} in
 * front of its output streams (so {@code sys.stdout.buffer}, {@code os.write(1, ...)} and {@code print} share one
 * buffer and keep their order). Not seekable, as a pipe or a terminal.
 */
public final class StdStreamChannel implements SeekableByteChannel {

    private final InputStream in;
    private final PythonOutput out;

    public StdStreamChannel(InputStream in, PythonOutput out) {
        this.in = in;
        this.out = out;
    }

    public PythonOutput getOutput() {
        return out;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (in == null) {
            throw new IOException("Bad file descriptor");
        }
        byte[] bytes = new byte[Math.min(dst.remaining(), 65536)];
        int n = in.read(bytes, 0, bytes.length);
        if (n > 0) {
            dst.put(bytes, 0, n);
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (out == null) {
            throw new IOException("Bad file descriptor");
        }
        int n = src.remaining();
        byte[] bytes = new byte[n];
        src.get(bytes);
        out.write(bytes, 0, n);
        return n;
    }

    @Override
    public long position() throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public long size() throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        throw new IOException("Invalid argument");
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    /** Closing a standard stream flushes it; the embedder's stream stays open for the embedder. */
    @Override
    public void close() {
        if (out != null) {
            out.flush();
        }
    }
}
