package taipan.runtime.list;

/**
 * How CPython's {@code listsort} orders a list shorter than 64: one natural run (a strictly descending one
 * reversed, equal neighbours kept in order), then binary insertion of the rest. For a total order any stable
 * sort agrees; for a partial one ({@code set}s by inclusion) only the same comparisons in the same order give
 * CPython's result, so short lists take this path.
 */
final class SmallListSort {

    /** The longest list sorted here: CPython's minimum run length for such a list is the whole list. */
    static final int MAX = 64;

    private final Object[] keys;
    private final Object[] items;
    private final ElementOps ops;

    private SmallListSort(Object[] keys, Object[] items, ElementOps ops) {
        this.keys = keys;
        this.items = items;
        this.ops = ops;
    }

    /** Sorts {@code keys[0..n)}, moving {@code items} (if not null) along. */
    static void sort(Object[] keys, Object[] items, int n, ElementOps ops) {
        if (n < 2) {
            return;
        }
        SmallListSort s = new SmallListSort(keys, items, ops);
        s.binaryInsertion(s.countRun(n), n);
    }

    private boolean lt(int a, int b) {
        return ListSort.lessThan(keys[a], keys[b], ops);
    }

    /** The length of the run at the start, made ascending in place (count_run). */
    private int countRun(int remaining) {
        int n = 1;
        while (n < remaining && !lt(n, n - 1)) {
            n++;
        }
        if (n == remaining) {
            return n;
        }
        if (n > 1) {
            if (lt(0, n - 1)) {
                return n;
            }
            reverse(0, n); // all equal: a descending run too
        }
        n++;
        int equal = 0;
        for (; n < remaining; n++) {
            if (lt(n, n - 1)) {
                equal = reverseEqual(n, equal);
            } else if (lt(n - 1, n)) {
                break;
            } else {
                equal++;
            }
        }
        reverseEqual(n, equal);
        reverse(0, n);
        while (n < remaining && !lt(n, n - 1)) {
            n++;
        }
        return n;
    }

    /** Reverses the last {@code equal + 1} items before {@code n} when {@code equal > 0}, so that they stay in order. */
    private int reverseEqual(int n, int equal) {
        if (equal > 0) {
            reverse(n - equal - 1, n);
        }
        return 0;
    }

    /** Inserts each item of {@code [start, n)} into the sorted prefix, after any equal to it (binarysort). */
    private void binaryInsertion(int start, int n) {
        for (; start < n; start++) {
            Object pivotKey = keys[start];
            Object pivotItem = items == null ? null : items[start];
            int l = 0;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (ListSort.lessThan(pivotKey, keys[p], ops)) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivotKey;
            if (items != null) {
                System.arraycopy(items, l, items, l + 1, start - l);
                items[l] = pivotItem;
            }
        }
    }

    private void reverse(int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            if (items != null) {
                Object t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
        }
    }
}
