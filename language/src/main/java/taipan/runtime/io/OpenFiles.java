package taipan.runtime.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The files {@code open()} made for writing in one context, held weakly, so their buffers reach the disk when the
 * program ends without closing them (normally or by an uncaught exception), as CPython flushes them at exit.
 */
public final class OpenFiles {

    private final Map<Object, Boolean> files = Collections.synchronizedMap(new WeakHashMap<>());

    @TruffleBoundary
    public void register(Object file) {
        files.put(file, Boolean.TRUE);
    }

    /** Writes what text wrappers and buffered writers over a {@code FileIO} still hold; failures are dropped. */
    @TruffleBoundary
    public void flushAll() {
        List<Object> all;
        synchronized (files) {
            all = new ArrayList<>(files.keySet());
        }
        for (Object file : all) {
            try {
                if (file instanceof PTextIOWrapper text && text.isReady() && !text.isDetached()
                                && text.getBuffer() instanceof PBuffered buffered) {
                    byte[] pending = text.takePending();
                    buffered.buffer(pending, 0, pending.length);
                    flush(buffered);
                } else if (file instanceof PBuffered buffered) {
                    flush(buffered);
                }
            } catch (IOException | RuntimeException e) {
                // at exit there is no one left to tell, as CPython ignores errors of its final flush
            }
        }
    }

    private static void flush(PBuffered buffered) throws IOException {
        synchronized (buffered) {
            if (buffered.isReady() && !buffered.isDetached() && buffered.getWriterRaw() instanceof PFileIO raw
                            && !raw.isClosed() && buffered.pendingWrites() > 0) {
                byte[] data = buffered.takePendingWrites();
                raw.write(data, 0, data.length);
            }
        }
    }
}
