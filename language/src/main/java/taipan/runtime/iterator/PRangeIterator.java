package taipan.runtime.iterator;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import taipan.threading.ThreadingMode;

/**
 * An iterator over a {@link PRange}: yields {@code long}s, never boxed on the loop's fast path. Shared by several
 * threads it still yields each value once: {@link #claim} takes the next index with one atomic add once a second
 * thread runs guest code, and with a plain field write before that.
 */
public final class PRangeIterator {
    private static final VarHandle TAKEN;

    static {
        try {
            TAKEN = MethodHandles.lookup().findVarHandle(PRangeIterator.class, "taken", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long start;
    private final long step;
    private final long length;
    /** How many values have been handed out (may run past {@link #length} when threads race at the end). */
    private long taken;

    public PRangeIterator(PRange range) {
        this.start = range.getStart();
        this.length = range.length();
        this.step = range.getStep();
    }

    /** Claims the next index, or returns -1 when the range is exhausted. */
    public long claim(ThreadingMode mode) {
        long i;
        if (mode.isSingleThreaded()) {
            i = (long) TAKEN.get(this);
            if (i >= length) {
                return -1;
            }
            TAKEN.set(this, i + 1);
            return i;
        }
        i = (long) TAKEN.getAndAdd(this, 1L);
        return i < length ? i : -1;
    }

    /** The value at an index {@link #claim} returned. */
    public long valueAt(long index) {
        return start + index * step;
    }

    /** How many values are left (for {@code __length_hint__}). */
    public long remaining() {
        return Math.max(0, length - (long) TAKEN.get(this));
    }

    public boolean hasNext() {
        return (long) TAKEN.get(this) < length;
    }

    /** The next value; only after {@link #hasNext()} said there is one (single-threaded callers). */
    public long next() {
        long i = (long) TAKEN.get(this);
        TAKEN.set(this, i + 1);
        return start + i * step;
    }
}
