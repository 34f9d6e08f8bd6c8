package taipan.runtime.list;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.threading.ThreadingMode;

/**
 * Slice reads, assignments and deletions of a list ({@code list[a:b:c]}, {@code list[a:b:c] = items},
 * {@code del list[a:b:c]}), each atomic; follows CPython's list_subscript / list_ass_slice / list_ass_subscript.
 * Bounds are given as Python's slice fields (null = None), resolved against the length under the lock.
 */
public final class ListSlices {
    private ListSlices() {
    }

    /** {@code list[start:stop:step]} as a new list. */
    @TruffleBoundary
    public static ListStorage get(ThreadingMode mode, ListStorage list, Long start, Long stop, Long step) {
        Object[] items = list.toArray(mode);
        SliceRange r = SliceRange.resolve(start, stop, step, items.length);
        Object[] result = new Object[r.length()];
        for (int k = 0; k < result.length; k++) {
            result[k] = items[r.at(k)];
        }
        return new ListStorage(result);
    }

    /** {@code list[start:stop:step] = items}; ValueError for a size mismatch on an extended slice. */
    @TruffleBoundary
    public static void set(ThreadingMode mode, ListStorage list, Long start, Long stop, Long step, Object[] items) {
        if (mode.isSingleThreaded()) {
            setUnlocked(list, start, stop, step, items, false);
        } else {
            synchronized (list) {
                list.awaitSort();
                setUnlocked(list, start, stop, step, items, true);
            }
        }
    }

    /** {@code del list[start:stop:step]}. */
    @TruffleBoundary
    public static void delete(ThreadingMode mode, ListStorage list, Long start, Long stop, Long step) {
        if (mode.isSingleThreaded()) {
            deleteUnlocked(list, start, stop, step, false);
        } else {
            synchronized (list) {
                list.awaitSort();
                deleteUnlocked(list, start, stop, step, true);
            }
        }
    }

    private static void setUnlocked(ListStorage list, Long start, Long stop, Long step, Object[] items, boolean shared) {
        SliceRange r = SliceRange.resolve(start, stop, step, list.size);
        if (r.step() == 1) {
            // A simple slice: CPython treats stop < start as an empty slice at start.
            replace(list, r.start(), Math.max(r.start(), r.stop()), items, shared);
            return;
        }
        if (items.length != r.length()) {
            throw ContainerError.valueError("attempt to assign sequence of size " + items.length
                            + " to extended slice of size " + r.length());
        }
        for (Object item : items) {
            list.ensureCapacity(list.size, item);
        }
        for (int k = 0; k < items.length; k++) {
            ListArrays.write(list.store, r.at(k), items[k]);
        }
        list.publishSize(list.size, shared);
    }

    /** Replaces items {@code [lo, hi)} by {@code items}, resizing the list. */
    private static void replace(ListStorage list, int lo, int hi, Object[] items, boolean shared) {
        int n = list.size;
        int newSize = n - (hi - lo) + items.length;
        Object[] all = ListArrays.toObjects(list.store, n);
        Object[] result = new Object[newSize];
        System.arraycopy(all, 0, result, 0, lo);
        System.arraycopy(items, 0, result, lo, items.length);
        System.arraycopy(all, hi, result, lo + items.length, n - hi);
        Object store = ListArrays.fromItems(result);
        if (newSize < n) {
            // Shrink the size first: a lock-free reader then never indexes past the shorter array.
            list.publishSize(newSize, shared);
            list.store = store;
        } else {
            list.store = store;
            list.publishSize(newSize, shared);
        }
    }

    private static void deleteUnlocked(ListStorage list, Long start, Long stop, Long step, boolean shared) {
        SliceRange r = SliceRange.resolve(start, stop, step, list.size);
        if (r.step() == 1) {
            replace(list, r.start(), Math.max(r.start(), r.stop()), new Object[0], shared);
            return;
        }
        if (r.length() == 0) {
            return;
        }
        int n = list.size;
        Object[] all = ListArrays.toObjects(list.store, n);
        boolean[] gone = new boolean[n];
        for (int k = 0; k < r.length(); k++) {
            gone[r.at(k)] = true;
        }
        Object[] kept = new Object[n - r.length()];
        for (int i = 0, j = 0; i < n; i++) {
            if (!gone[i]) {
                kept[j++] = all[i];
            }
        }
        list.publishSize(kept.length, shared);
        list.store = ListArrays.fromItems(kept);
    }
}
