package taipan.runtime.thread;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The threads one context has started through {@code _thread}: how many run ({@code _count}), which are not
 * daemons ({@code _shutdown} waits for those), and which thread is the main one.
 */
public final class ThreadRegistry {
    private final long mainIdent;
    private final Thread mainThread;
    private final AtomicInteger running = new AtomicInteger();
    private final Set<PThreadHandle> nonDaemon = ConcurrentHashMap.newKeySet();
    private final Set<PThreadHandle> all = ConcurrentHashMap.newKeySet();
    private volatile long stackSize;
    /** {@code sys.getswitchinterval()}: 5 ms, as CPython; the GIL, when on, changes hands this often. */
    private volatile double switchInterval = 0.005;

    public ThreadRegistry(Thread mainThread) {
        this.mainThread = mainThread;
        this.mainIdent = mainThread.threadId();
    }

    public long getMainIdent() {
        return mainIdent;
    }

    public Thread getMainThread() {
        return mainThread;
    }

    public void started(PThreadHandle handle, boolean daemon) {
        running.incrementAndGet();
        all.add(handle);
        if (!daemon) {
            nonDaemon.add(handle);
        }
    }

    public void finished(PThreadHandle handle) {
        nonDaemon.remove(handle);
        all.remove(handle);
        running.decrementAndGet();
    }

    public int count() {
        return running.get();
    }

    /** Daemon threads still running when the context closes (they must be stopped). */
    public Set<PThreadHandle> liveHandles() {
        return all;
    }

    /** {@code _thread._shutdown()}: waits for every non-daemon thread other than the caller. */
    @TruffleBoundary
    public void joinNonDaemon(Node location) {
        for (PThreadHandle handle : nonDaemon.toArray(new PThreadHandle[0])) {
            if (handle.getThread() != Thread.currentThread()) {
                handle.join(location, -1);
            }
        }
    }

    public double getSwitchInterval() {
        return switchInterval;
    }

    public void setSwitchInterval(double seconds) {
        switchInterval = seconds;
    }

    public long getStackSize() {
        return stackSize;
    }

    public void setStackSize(long size) {
        stackSize = size;
    }
}
