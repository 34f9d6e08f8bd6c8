package taipan.runtime.list;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.threading.ThreadingMode;

/**
 * The equality-based list operations: {@code in}, {@code index}, {@code count}, {@code remove}. Comparisons call
 * {@link ElementOps#eq} (which may run guest code and mutate the list) without holding the lock, re-reading the size
 * at each step as CPython does; the int and float strategies compare primitives without calling back.
 */
public final class ListSearch {
    private ListSearch() {
    }

    /** {@code value in list}. */
    public static boolean contains(ThreadingMode mode, ListStorage list, Object value, ElementOps ops) {
        return find(mode, list, value, ops, 0, Long.MAX_VALUE) >= 0;
    }

    /** {@code list.index(value, start, stop)}; ValueError "%r is not in list". */
    public static int index(ThreadingMode mode, ListStorage list, Object value, ElementOps ops, long start, long stop) {
        int i = find(mode, list, value, ops, start, stop);
        if (i < 0) {
            throw ContainerError.notInList(value);
        }
        return i;
    }

    /** {@code list.count(value)}. */
    @TruffleBoundary
    public static int count(ThreadingMode mode, ListStorage list, Object value, ElementOps ops) {
        boolean shared = mode.isMultiThreaded();
        int count = 0;
        for (int i = 0; i < list.readSize(shared); i++) {
            if (ListArrays.elementEquals(list.store, i, value, ops)) {
                count++;
            }
        }
        return count;
    }

    /** The first index in {@code [start, stop)} (negative: from the end) holding an item equal to value, or -1. */
    @TruffleBoundary
    static int find(ThreadingMode mode, ListStorage list, Object value, ElementOps ops, long start, long stop) {
        boolean shared = mode.isMultiThreaded();
        int n = list.readSize(shared);
        long lo = start < 0 ? Math.max(0, start + n) : start;
        long hi = stop < 0 ? Math.max(0, stop + n) : stop;
        for (long i = lo; i < hi && i < list.readSize(shared); i++) {
            if (ListArrays.elementEquals(list.store, (int) i, value, ops)) {
                return (int) i;
            }
        }
        return -1;
    }

    /** {@code list.remove(value)}: the first equal item; ValueError "list.remove(x): x not in list". */
    @TruffleBoundary
    public static void remove(ThreadingMode mode, ListStorage list, Object value, ElementOps ops) {
        if (mode.isSingleThreaded()) {
            int i = find(mode, list, value, ops, 0, Long.MAX_VALUE);
            if (i < 0) {
                throw ContainerError.valueError("list.remove(x): x not in list");
            }
            if (i < list.size) { // __eq__ may have shrunk the list; CPython's slice deletion then removes nothing
                list.pop(mode, i);
            }
            return;
        }
        while (true) {
            // Compare against a consistent snapshot without the lock (guest __eq__ never runs under it), then
            // delete under the lock only if the matched item is still at its place; otherwise look again.
            Object[] items = list.toArray(mode);
            int i = 0;
            while (i < items.length && !(items[i] == value || ListArrays.elementEquals(items, i, value, ops))) {
                i++;
            }
            if (i == items.length) {
                throw ContainerError.valueError("list.remove(x): x not in list");
            }
            synchronized (list) {
                list.awaitSort();
                if (i < list.size && sameItem(ListArrays.read(list.store, i), items[i])) {
                    list.pop(mode, i);
                    return;
                }
            }
        }
    }

    private static boolean sameItem(Object now, Object matched) {
        return now == matched || (now instanceof Long a && matched instanceof Long b && a.longValue() == b.longValue())
                        || (now instanceof Double a && matched instanceof Double b && a.equals(b));
    }
}
