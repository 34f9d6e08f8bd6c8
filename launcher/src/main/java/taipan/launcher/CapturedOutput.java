package taipan.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The guest's stdout as the launcher hands it to the context: written through to the process's stdout, except while
 * the REPL asks the guest something ({@link GuestRepl}), when it is kept as the answer.
 */
final class CapturedOutput extends OutputStream {

    private final OutputStream target;
    private ByteArrayOutputStream capture;

    CapturedOutput(OutputStream target) {
        this.target = target;
    }

    synchronized void startCapture() {
        capture = new ByteArrayOutputStream();
    }

    synchronized String endCapture() {
        String text = capture == null ? "" : capture.toString(StandardCharsets.UTF_8);
        capture = null;
        return text;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (capture != null) {
            capture.write(b);
        } else {
            target.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (capture != null) {
            capture.write(b, off, len);
        } else {
            target.write(b, off, len);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (capture == null) {
            target.flush();
        }
    }
}
