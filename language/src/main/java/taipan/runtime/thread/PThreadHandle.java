package taipan.runtime.thread;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** {@code _thread._ThreadHandle}: a thread's identity and a latch that opens when it has finished. */
public final class PThreadHandle {
    private volatile long ident;
    private volatile Thread thread;
    private final CountDownLatch done = new CountDownLatch(1);

    public PThreadHandle(long ident) {
        this.ident = ident;
    }

    public long getIdent() {
        return ident;
    }

    public Thread getThread() {
        return thread;
    }

    /** Binds the handle to the Java thread that runs it, as the Python thread {@code pythonIdent} (before it starts). */
    public void bind(Thread javaThread, long pythonIdent) {
        this.thread = javaThread;
        this.ident = pythonIdent;
    }

    public boolean isDone() {
        return done.getCount() == 0;
    }

    public void setDone() {
        done.countDown();
    }

    /** Waits until the thread has finished, at most {@code timeout} seconds (negative: forever). */
    @TruffleBoundary
    public boolean join(Node location, double timeout) {
        if (isDone()) {
            return true;
        }
        return Blocking.await(location, timeout, nanos -> done.await(nanos, TimeUnit.NANOSECONDS));
    }
}
