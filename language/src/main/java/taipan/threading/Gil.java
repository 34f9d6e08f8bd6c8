package taipan.threading;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The global interpreter lock, for {@code -X gil=1} only (DESIGN §6): one fair lock that a thread holds while it
 * runs guest code, releases around blocking waits, and hands over when asked at a safepoint every switch interval.
 * Fairness makes the hand-over real: the thread that yields queues behind the waiters. When the context closes,
 * waiting stops ({@link #close}) so that no thread stays parked on a lock nobody will release.
 */
public final class Gil {
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean closed;

    /** Takes the lock (re-entrantly), polling so that a closing context never leaves a thread parked here. */
    @TruffleBoundary
    public void acquire() {
        try {
            while (!closed && !lock.tryLock(10, TimeUnit.MILLISECONDS)) {
                // keep waiting: the holder yields every switch interval
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes the lock if the current thread does not hold it yet (a thread about to start another one). */
    @TruffleBoundary
    public void ensureHeld() {
        if (!lock.isHeldByCurrentThread()) {
            acquire();
        }
    }

    /** Releases every level the current thread holds; returns how many, for {@link #restore}. */
    @TruffleBoundary
    public int releaseAll() {
        int count = lock.getHoldCount();
        for (int i = 0; i < count; i++) {
            lock.unlock();
        }
        return count;
    }

    @TruffleBoundary
    public void restore(int count) {
        for (int i = 0; i < count; i++) {
            acquire();
        }
    }

    /** Lets the waiters run: release, then queue again behind them. */
    @TruffleBoundary
    public void yieldToWaiters() {
        if (lock.isHeldByCurrentThread() && lock.hasQueuedThreads()) {
            restore(releaseAll());
        }
    }

    public boolean hasWaiters() {
        return lock.hasQueuedThreads();
    }

    public void close() {
        closed = true;
    }
}
