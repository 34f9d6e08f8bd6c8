package taipan.runtime.list;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.threading.ThreadingMode;

/**
 * {@code list.sort(key=None, reverse=False)}: a stable merge sort over {@code <} (CPython's {@code listsort}
 * contract: stable, only {@code __lt__}, exceptions from comparisons or keys propagate). As in CPython the list is
 * empty while it is being sorted; if anything was added meanwhile the sorted items still replace it and ValueError
 * "list modified during sort" follows. The int strategy sorts primitives without calling back.
 */
public final class ListSort {
    /** The store of a list being sorted; a mutation replaces it, which is how the sort detects one. */
    private static final Object[] SORTING = new Object[0];

    private ListSort() {
    }

    @TruffleBoundary
    public static void sort(ThreadingMode mode, ListStorage list, ElementOps ops, SortKey key, boolean reverse) {
        boolean shared = mode.isMultiThreaded();
        // This thread's own enclosing sort of the same list (a key function sorting it), to restore afterwards.
        Thread outer = list.sorter == Thread.currentThread() ? list.sorter : null;
        Object store = shared ? beginLocked(list) : begin(list, false);
        int n = list.sortedSize;
        Object sorted = store;
        try {
            if (n > 0) {
                // An empty list keeps its very store: sorting the emptied list from a key is no modification (CPython).
                sorted = sorted(store, n, ops, key, reverse);
            }
        } finally {
            boolean modified = shared ? endLocked(list, sorted, n, outer) : end(list, sorted, n, false, outer);
            if (modified) {
                throw ContainerError.valueError("list modified during sort");
            }
        }
    }

    private static Object beginLocked(ListStorage list) {
        synchronized (list) {
            list.awaitSort();
            return begin(list, true);
        }
    }

    /** Empties the list for the sort (CPython does so too) and returns its items' store. */
    private static Object begin(ListStorage list, boolean shared) {
        list.sorter = Thread.currentThread();
        Object store = list.store;
        list.sortedSize = list.size;
        list.publishSize(0, shared);
        list.store = SORTING;
        return store;
    }

    private static boolean endLocked(ListStorage list, Object sorted, int n, Thread outer) {
        synchronized (list) {
            boolean modified = end(list, sorted, n, true, outer);
            list.notifyAll(); // wake the other threads' mutations waiting for this sort
            return modified;
        }
    }

    /** Puts the sorted items back; whether the list was modified meanwhile. */
    private static boolean end(ListStorage list, Object sorted, int n, boolean shared, Thread outer) {
        boolean modified = list.store != SORTING || list.size != 0;
        list.store = sorted;
        list.publishSize(n, shared);
        list.sorter = outer;
        return modified;
    }

    private static Object sorted(Object store, int n, ElementOps ops, SortKey key, boolean reverse) {
        if (key == null && store instanceof long[] a) {
            Arrays.sort(a, 0, n);
            if (reverse) {
                ListOps.reverse(a, n);
            }
            return a;
        }
        Object[] items = ListArrays.toObjects(store, n);
        Object[] keys = items;
        if (key != null) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = key.apply(items[i]);
            }
        }
        if (reverse) {
            // CPython reverses, sorts stably and reverses again, so equal items keep their order.
            reverseBoth(keys, items, n);
        }
        if (n < SmallListSort.MAX) {
            SmallListSort.sort(keys, items == keys ? null : items, n, ops);
        } else {
            mergeSort(keys, items == keys ? null : items, n, ops);
        }
        if (reverse) {
            reverseBoth(keys, items, n);
        }
        return ListArrays.fromItems(items);
    }

    private static void reverseBoth(Object[] keys, Object[] items, int n) {
        ListOps.reverse(keys, n);
        if (items != keys) {
            ListOps.reverse(items, n);
        }
    }

    /** Bottom-up stable merge sort of {@code keys}, moving {@code items} (if not null) along. */
    private static void mergeSort(Object[] keys, Object[] items, int n, ElementOps ops) {
        Object[] keyBuf = new Object[n];
        Object[] itemBuf = items == null ? null : new Object[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(keys, items, keyBuf, itemBuf, lo, lo + width, Math.min(lo + 2 * width, n), ops);
            }
        }
    }

    /** {@code a < b}; ints and floats compare as primitives without calling back. */
    static boolean lessThan(Object a, Object b, ElementOps ops) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        } else if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        return ops.lt(a, b);
    }

    private static void merge(Object[] keys, Object[] items, Object[] keyBuf, Object[] itemBuf, int lo, int mid,
                    int hi, ElementOps ops) {
        System.arraycopy(keys, lo, keyBuf, lo, hi - lo);
        if (items != null) {
            System.arraycopy(items, lo, itemBuf, lo, hi - lo);
        }
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            // Take from the right run only if strictly less: that keeps the sort stable.
            boolean right = i >= mid || (j < hi && lessThan(keyBuf[j], keyBuf[i], ops));
            int from = right ? j++ : i++;
            keys[k] = keyBuf[from];
            if (items != null) {
                items[k] = itemBuf[from];
            }
        }
    }
}
