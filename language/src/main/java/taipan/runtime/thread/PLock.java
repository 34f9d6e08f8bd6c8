package taipan.runtime.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.object.ObjectRepr;

/**
 * {@code _thread.lock}: a binary semaphore, so (as in CPython) any thread may release it, not only the one that
 * acquired it. Waits are interruptible at safepoints ({@link Blocking}).
 */
public final class PLock {
    private final Semaphore permit = new Semaphore(1);

    /** Acquires the lock; {@code timeout} negative means wait forever. Returns whether it was acquired. */
    @TruffleBoundary
    public boolean acquire(Node location, boolean blocking, double timeout) {
        if (permit.tryAcquire()) {
            return true;
        } else if (!blocking) {
            return false;
        }
        return Blocking.await(location, timeout, nanos -> permit.tryAcquire(nanos, TimeUnit.NANOSECONDS));
    }

    /** Releases the lock; false if it was not locked. */
    @TruffleBoundary
    public synchronized boolean release() {
        if (permit.availablePermits() > 0) {
            return false;
        }
        permit.release();
        return true;
    }

    public boolean isLocked() {
        return permit.availablePermits() == 0;
    }

    @TruffleBoundary
    public String repr() {
        return "<" + (isLocked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                        + Long.toHexString(ObjectRepr.identityHash(this)) + ">";
    }
}
