package taipan.runtime.str;

/** CPython's {@code ADJUST_INDICES} for the start/end arguments of find, count, startswith, ... */
public final class StrIndices {

    private StrIndices() {
    }

    /** Negative counts from the end (floored at 0); a start past the end stays past it (clamped to len + 1). */
    public static int start(long start, int len) {
        if (start < 0) {
            long s = start + len;
            return s < 0 ? 0 : (int) s;
        }
        return (int) Math.min(start, len + 1L);
    }

    /** Negative counts from the end (floored at 0), and the end never exceeds the length. */
    public static int end(long end, int len) {
        if (end > len) {
            return len;
        }
        if (end < 0) {
            long e = end + len;
            return e < 0 ? 0 : (int) e;
        }
        return (int) end;
    }

    /** {@link #slice}'s answer when the slice is shorter than the substring, so that nothing can match in it. */
    public static final long NO_ROOM = -1;

    /**
     * ADJUST_INDICES plus the early exit that find, rfind, count, startswith and endswith share: the adjusted slice
     * packed as {@code start << 32 | end}, or {@link #NO_ROOM} when it is shorter than {@code subLen}. Packed into a
     * long so that the compiled search nodes allocate nothing.
     */
    public static long slice(long start, long end, int len, int subLen) {
        int s = start(start, len);
        int e = end(end, len);
        return e - s < subLen ? NO_ROOM : ((long) s << 32) | e;
    }

    /** The adjusted start of a {@link #slice}. */
    public static int sliceStart(long slice) {
        return (int) (slice >>> 32);
    }

    /** The adjusted end of a {@link #slice}. */
    public static int sliceEnd(long slice) {
        return (int) slice;
    }
}
