package taipan.runtime.thread;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.object.ObjectRepr;

/** {@code _thread.RLock}: a re-entrant lock owned by one thread, with the save/restore pair Condition uses. */
public final class PRLock {
    private final ReentrantLock lock = new ReentrantLock();

    @TruffleBoundary
    public boolean acquire(Node location, boolean blocking, double timeout) {
        if (lock.tryLock()) {
            return true;
        } else if (!blocking) {
            return false;
        }
        return Blocking.await(location, timeout, nanos -> lock.tryLock(nanos, TimeUnit.NANOSECONDS));
    }

    /** Releases one level; false if the current thread does not own the lock. */
    @TruffleBoundary
    public boolean release() {
        if (!lock.isHeldByCurrentThread()) {
            return false;
        }
        lock.unlock();
        return true;
    }

    @TruffleBoundary
    public boolean isOwned() {
        return lock.isHeldByCurrentThread();
    }

    @TruffleBoundary
    public int recursionCount() {
        return lock.getHoldCount();
    }

    public boolean isLocked() {
        return lock.isLocked();
    }

    /** {@code _release_save}: releases every level; returns the count to restore (0 if not owned). */
    @TruffleBoundary
    public int releaseAll() {
        int count = lock.getHoldCount();
        for (int i = 0; i < count; i++) {
            lock.unlock();
        }
        return count;
    }

    /** {@code _acquire_restore}: takes the lock again {@code count} times. */
    @TruffleBoundary
    public void restore(Node location, int count) {
        acquire(location, true, -1);
        for (int i = 1; i < count; i++) {
            lock.lock();
        }
    }

    @TruffleBoundary
    public String repr(long ownerIdent) {
        return "<" + (isLocked() ? "locked" : "unlocked") + " _thread.RLock object owner=" + ownerIdent + " count="
                        + (isLocked() ? Math.max(1, lock.getHoldCount()) : 0) + " at 0x"
                        + Long.toHexString(ObjectRepr.identityHash(this)) + ">";
    }
}
