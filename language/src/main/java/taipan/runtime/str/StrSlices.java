package taipan.runtime.str;

/**
 * Python's slice arithmetic for sequences of known length ({@code PySlice_Unpack} and {@code PySlice_AdjustIndices}
 * in CPython's {@code Objects/sliceobject.c}).
 */
public final class StrSlices {

    private StrSlices() {
    }

    /** The start to pass for {@code None} ({@code PySlice_Unpack}); integers beyond a long are clamped to its range. */
    public static long defaultStart(long step) {
        return step < 0 ? Long.MAX_VALUE : 0;
    }

    /** The stop to pass for {@code None}. */
    public static long defaultStop(long step) {
        return step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** Clamps the start or stop into the sequence, as {@code PySlice_AdjustIndices} does. */
    public static long adjust(long index, int length, long step) {
        if (index < 0) {
            long i = index + length;
            return i < 0 ? (step < 0 ? -1 : 0) : i;
        }
        if (index >= length) {
            return step < 0 ? length - 1 : length;
        }
        return index;
    }

    /** The number of items the slice selects, given adjusted bounds. */
    public static int sliceLength(long start, long stop, long step) {
        if (step < 0) {
            return stop < start ? (int) ((start - stop - 1) / -step + 1) : 0;
        }
        return start < stop ? (int) ((stop - start - 1) / step + 1) : 0;
    }
}
