package taipan.runtime.list;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** In-place reversal and repetition over raw strategy arrays. */
final class ListOps {
    private ListOps() {
    }

    @TruffleBoundary
    static void reverse(Object store, int size) {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object a = ListArrays.read(store, i);
            ListArrays.write(store, i, ListArrays.read(store, j));
            ListArrays.write(store, j, a);
        }
    }

    /** {@code items * count} as a new list; MemoryError when the result cannot exist. */
    @TruffleBoundary
    static ListStorage repeat(Object[] items, long count) {
        if (count <= 0 || items.length == 0) {
            return new ListStorage();
        }
        if (count > (Integer.MAX_VALUE - 8) / items.length) {
            throw ContainerError.memoryError();
        }
        int n = (int) count * items.length;
        Object[] result = new Object[n];
        for (int k = 0; k < n; k += items.length) {
            System.arraycopy(items, 0, result, k, items.length);
        }
        return new ListStorage(result);
    }
}
