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
}
