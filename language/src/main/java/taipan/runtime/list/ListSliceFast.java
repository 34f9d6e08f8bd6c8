package taipan.runtime.list;

import taipan.threading.ThreadingMode;

/**
 * Slice reads, slice assignment from a list and concatenation straight on the strategy arrays, for compiled code:
 * no boundary and no boxing of the items (fannkuch's {@code p[:k] = p[k::-1]} stays on {@code long[]}). Only the
 * single-threaded mode and operands of one strategy take this path; everything else goes the generic way in
 * {@link ListSlices} and {@link ListStorage} (a {@code null} or {@code false} result says so).
 */
public final class ListSliceFast {
    private ListSliceFast() {
    }

    /** {@code list[start:stop:step]} as a new storage of the same strategy. */
    public static ListStorage get(ThreadingMode mode, ListStorage list, Long start, Long stop, Long step) {
        if (mode.isMultiThreaded()) {
            return ListSlices.get(mode, list, start, stop, step);
        }
        Object s = list.store;
        SliceRange r = SliceRange.resolve(start, stop, step, list.size);
        int len = r.length();
        if (len == 0) {
            return new ListStorage();
        }
        Object out = newArray(s, len);
        if (r.step() == 1) {
            System.arraycopy(s, r.start(), out, 0, len);
        } else if (s instanceof long[] a) {
            long[] o = (long[]) out;
            for (int k = 0; k < len; k++) {
                o[k] = a[r.at(k)];
            }
        } else if (s instanceof double[] a) {
            double[] o = (double[]) out;
            for (int k = 0; k < len; k++) {
                o[k] = a[r.at(k)];
            }
        } else {
            Object[] a = (Object[]) s;
            Object[] o = (Object[]) out;
            for (int k = 0; k < len; k++) {
                o[k] = a[r.at(k)];
            }
        }
        return new ListStorage(out, len);
    }

    /**
     * {@code list[start:stop:step] = other} when both lists hold the same strategy; false (nothing done) otherwise,
     * and for an extended slice of another size (the generic path raises its ValueError).
     */
    public static boolean set(ThreadingMode mode, ListStorage list, Long start, Long stop, Long step, ListStorage other) {
        if (mode.isMultiThreaded()) {
            return false;
        }
        Object s = list.store;
        Object src = other.store;
        int m = other.size;
        if (m == 0 || !sameKind(s, src)) {
            return false;
        }
        SliceRange r = SliceRange.resolve(start, stop, step, list.size);
        if (r.step() == 1) {
            int lo = r.start();
            int hi = Math.max(lo, r.stop());
            if (hi - lo == m) {
                System.arraycopy(src, 0, s, lo, m); // overlapping copies (other == list) behave as memmove
            } else {
                int n = list.size;
                int newSize = n - (hi - lo) + m;
                Object out = newArray(s, newSize);
                System.arraycopy(s, 0, out, 0, lo);
                System.arraycopy(src, 0, out, lo, m);
                System.arraycopy(s, hi, out, lo + m, n - hi);
                list.store = out;
                list.size = newSize;
            }
            return true;
        }
        if (r.length() != m) {
            return false;
        }
        if (src == s) {
            src = ListArrays.resize(s, m); // a[::-1] = a reads the items before any is overwritten
        }
        writeExtended(s, src, r);
        return true;
    }

    private static void writeExtended(Object s, Object src, SliceRange r) {
        int len = r.length();
        if (s instanceof long[] a) {
            long[] from = (long[]) src;
            for (int k = 0; k < len; k++) {
                a[r.at(k)] = from[k];
            }
        } else if (s instanceof double[] a) {
            double[] from = (double[]) src;
            for (int k = 0; k < len; k++) {
                a[r.at(k)] = from[k];
            }
        } else {
            Object[] a = (Object[]) s;
            Object[] from = (Object[]) src;
            for (int k = 0; k < len; k++) {
                a[r.at(k)] = from[k];
            }
        }
    }

    /** {@code a + b} when both hold the same strategy; null otherwise. */
    public static ListStorage concat(ThreadingMode mode, ListStorage a, ListStorage b) {
        if (mode.isMultiThreaded()) {
            return null;
        }
        Object sa = a.store;
        Object sb = b.store;
        int na = a.size;
        int nb = b.size;
        if (na == 0 || nb == 0 || !sameKind(sa, sb)) {
            return null;
        }
        Object out = newArray(sa, na + nb);
        System.arraycopy(sa, 0, out, 0, na);
        System.arraycopy(sb, 0, out, na, nb);
        return new ListStorage(out, na + nb);
    }

    /** Whether two stores (not EMPTY) are of one strategy. */
    private static boolean sameKind(Object a, Object b) {
        if (a instanceof long[]) {
            return b instanceof long[];
        } else if (a instanceof double[]) {
            return b instanceof double[];
        }
        return a != ListArrays.EMPTY && b != ListArrays.EMPTY && b instanceof Object[];
    }

    /** A new array of {@code n} slots of {@code store}'s strategy ({@code n > 0}). */
    private static Object newArray(Object store, int n) {
        if (store instanceof long[]) {
            return new long[n];
        } else if (store instanceof double[]) {
            return new double[n];
        }
        return new Object[n];
    }
}
