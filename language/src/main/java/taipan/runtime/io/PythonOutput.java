package taipan.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A context's stdout or stderr: text encoded as UTF-8 into a buffer in front of the embedder's stream. The buffer is
 * flushed when it fills, on {@code flush=True}, when a module finishes (normally or by an exception, before the
 * traceback goes to stderr) and when the context closes, so no output is lost. Unbuffered ({@code -u}) flushes each
 * write. Writers synchronise on the stream: Python threads may print at once.
 */
public final class PythonOutput {

    private static final int CAPACITY = 8192;

    private final OutputStream out;
    private final boolean unbuffered;
    private final byte[] buffer = new byte[CAPACITY];
    private int count;

    public PythonOutput(OutputStream out, boolean unbuffered) {
        this.out = out;
        this.unbuffered = unbuffered;
    }

    @TruffleBoundary
    public void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
    }

    /** Bytes already encoded (a binary write to {@code sys.stdout.buffer} or descriptor 1). */
    @TruffleBoundary
    public synchronized void write(byte[] bytes, int offset, int length) {
        try {
            if (length > CAPACITY - count) {
                flushBuffer();
                if (length > CAPACITY) {
                    out.write(bytes, offset, length);
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
            if (unbuffered) {
                flush();
            }
        } catch (IOException e) {
            // An embedder's stream that fails (a closed pipe) loses the text, as CPython's would at exit.
            count = 0;
        }
    }

    @TruffleBoundary
    public synchronized void flush() {
        try {
            flushBuffer();
            out.flush();
        } catch (IOException e) {
            count = 0;
        }
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0;
            out.write(buffer, 0, n);
        }
    }
}
