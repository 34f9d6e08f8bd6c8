package taipan.runtime.iterator;

/** An iterator over a {@link PRange}: yields {@code long}s, never boxed on the loop's fast path. */
public final class PRangeIterator {

    private long next;
    private long remaining;
    private final long step;

    public PRangeIterator(PRange range) {
        this.next = range.getStart();
        this.remaining = range.length();
        this.step = range.getStep();
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    /** The next value; only after {@link #hasNext()} said there is one. */
    public long next() {
        long value = next;
        next += step;
        remaining--;
        return value;
    }
}
