package taipan.runtime.iterator;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import taipan.threading.ThreadingMode;

/**
 * An iterator over a {@link PRange}: yields {@code long}s, never boxed on the loop's fast path. Shared by several
 * threads it still yields each value once: {@link #claim} takes the next index with one atomic add once a second
 * thread runs guest code, and with a plain field write before that. The iterator a {@code for} statement makes for
 * itself ({@link #local}) never reaches another thread, so it always takes the plain path: an atomic add per
 * iteration would double the cost of a tight loop in every thread of a multi-threaded program.
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
    /** Made by a {@code for} statement for its own hidden slot: only the thread running that frame sees it. */
    private final boolean local;

    public PRangeIterator(PRange range) {
        this(range, false);
    }

    private PRangeIterator(PRange range, boolean local) {
        this.start = range.getStart();
        this.length = range.length();
        this.step = range.getStep();
        this.local = local;
    }

    /** The iterator of a {@code for} loop over {@code range}, which no other thread can reach. */
    public static PRangeIterator local(PRange range) {
        return new PRangeIterator(range, true);
    }

    /** Claims the next index, or returns -1 when the range is exhausted. */
    public long claim(ThreadingMode mode) {
        long i;
        if (local || mode.isSingleThreaded()) {
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
