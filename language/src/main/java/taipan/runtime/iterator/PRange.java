package taipan.runtime.iterator;

/** Python's {@code range} over {@code long} bounds (bounds beyond 64 bits come with a big-int variant later). */
public final class PRange {

    private final long start;
    private final long stop;
    private final long step;

    /** @param step not zero (the constructor checks) */
    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    /** The number of items, as CPython's {@code compute_range_length} (saturating at Long.MAX_VALUE). */
    public long length() {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        // The difference can overflow a long for extreme bounds: compute it unsigned.
        long diff = step > 0 ? stop - start - 1 : start - stop - 1;
        long absStep = step > 0 ? step : -step;
        return Long.divideUnsigned(diff, absStep) + 1;
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
