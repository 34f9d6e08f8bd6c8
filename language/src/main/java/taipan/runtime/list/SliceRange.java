package taipan.runtime.list;

/**
 * A slice resolved against a sequence length, as CPython's {@code PySlice_Unpack} + {@code PySlice_AdjustIndices}
 * compute it: {@code start}, {@code stop}, {@code step} and the number of items selected.
 */
public record SliceRange(int start, int stop, int step, int length) {

    /**
     * Resolves {@code [start:stop:step]} (null = None; values already clamped to long by the caller) against
     * {@code size}. ValueError "slice step cannot be zero".
     */
    public static SliceRange resolve(Long start, Long stop, Long step, int size) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw ContainerError.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == null ? 0 : clamp(start, size, 0, size);
            hi = stop == null ? size : clamp(stop, size, 0, size);
        } else {
            lo = start == null ? size - 1 : clamp(start, size, -1, size - 1);
            hi = stop == null ? -1 : clamp(stop, size, -1, size - 1);
        }
        long len;
        if (st > 0) {
            len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            len = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
        }
        int stepInt = (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new SliceRange((int) lo, (int) hi, stepInt, (int) len);
    }

    private static long clamp(long index, int size, long low, long high) {
        long i = index < 0 ? index + size : index;
        return i < low ? low : Math.min(i, high);
    }

    /** The sequence index of the {@code k}-th selected item. */
    public int at(int k) {
        return start + k * step;
    }
}
