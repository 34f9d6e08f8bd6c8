package taipan.runtime.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The files {@code open()} made for writing in one context and not yet closed. CPython flushes a file when its
 * last reference goes and at exit; without reference counting, these are held until closed, flushed whenever
 * another file is opened (so {@code open(p, "w").write(s)} followed by {@code open(p).read()} sees the text) and
 * when the program ends, normally or by an uncaught exception.
 */
public final class OpenFiles {

    private final Set<Object> files = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    @TruffleBoundary
    public void register(Object file) {
        files.add(file);
    }

    /** Forgets a file that was closed (or detached). */
    @TruffleBoundary
    public void unregister(Object file) {
        files.remove(file);
    }

    /** Writes what text wrappers and buffered writers over a {@code FileIO} still hold; failures are dropped. */
    @TruffleBoundary
    public void flushAll() {
        List<Object> all;
        synchronized (files) {
            all = new ArrayList<>(files);
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
