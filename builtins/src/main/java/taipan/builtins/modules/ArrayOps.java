package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.array.PArray;
import taipan.runtime.list.SliceRange;

/** Byte-level edits of an {@link PArray}'s items: moves, deletions, slices, byte swaps. */
final class ArrayOps {

    private ArrayOps() {
    }

    /** Moves the last item (just appended at {@code last}) to {@code at}, shifting the items between up by one. */
    @TruffleBoundary
    static void move(PArray array, int at, int last) {
        int size = array.getType().itemSize();
        byte[] data = array.getData();
        byte[] item = java.util.Arrays.copyOfRange(data, last * size, (last + 1) * size);
        System.arraycopy(data, at * size, data, (at + 1) * size, (last - at) * size);
        System.arraycopy(item, 0, data, at * size, size);
    }

    /** Removes items [from, to). */
    @TruffleBoundary
    static void delete(PArray array, int from, int to) {
        int size = array.getType().itemSize();
        byte[] data = array.getData();
        System.arraycopy(data, to * size, data, from * size, (array.length() - to) * size);
        array.truncate(array.length() - (to - from));
    }

    /** The items a slice selects, packed. */
    @TruffleBoundary
    static byte[] slice(PArray array, SliceRange range) {
        int size = array.getType().itemSize();
        byte[] out = new byte[range.length() * size];
        for (int i = 0, at = range.start(); i < range.length(); i++, at += range.step()) {
            System.arraycopy(array.getData(), at * size, out, i * size, size);
        }
        return out;
    }

    /** Deletes the items of an extended slice (any step). */
    @TruffleBoundary
    static void deleteSlice(PArray array, SliceRange range) {
        if (range.step() == 1) {
            delete(array, range.start(), range.start() + range.length());
            return;
        }
        boolean[] drop = new boolean[array.length()];
        for (int i = 0, at = range.start(); i < range.length(); i++, at += range.step()) {
            drop[at] = true;
        }
        int size = array.getType().itemSize();
        byte[] data = array.getData();
        int kept = 0;
        for (int i = 0; i < drop.length; i++) {
            if (!drop[i]) {
                System.arraycopy(data, i * size, data, kept * size, size);
                kept++;
            }
        }
        array.truncate(kept);
    }

    /** Replaces a step-1 slice with {@code items} (packed, same typecode), growing or shrinking the array. */
    @TruffleBoundary
    static void replace(PArray array, int start, int stop, byte[] items) {
        int size = array.getType().itemSize();
        int count = items.length / size;
        int oldLength = array.length();
        int removed = Math.max(0, stop - start);
        byte[] data = new byte[(oldLength - removed + count) * size];
        System.arraycopy(array.getData(), 0, data, 0, start * size);
        System.arraycopy(items, 0, data, start * size, items.length);
        System.arraycopy(array.getData(), (start + removed) * size, data, (start + count) * size, (oldLength - start - removed) * size);
        array.setBytes(data);
    }

    /** Writes {@code items} over an extended slice of exactly as many items. */
    @TruffleBoundary
    static void assignExtended(PArray array, SliceRange range, byte[] items) {
        int size = array.getType().itemSize();
        for (int i = 0, at = range.start(); i < range.length(); i++, at += range.step()) {
            System.arraycopy(items, i * size, array.getData(), at * size, size);
        }
    }

    @TruffleBoundary
    static void byteswap(PArray array) {
        int size = array.getType().itemSize();
        byte[] data = array.getData();
        for (int i = 0; i < array.length(); i++) {
            for (int a = i * size, b = a + size - 1; a < b; a++, b--) {
                byte t = data[a];
                data[a] = data[b];
                data[b] = t;
            }
        }
    }

    @TruffleBoundary
    static void reverse(PArray array) {
        int size = array.getType().itemSize();
        byte[] data = array.getData();
        byte[] item = new byte[size];
        for (int i = 0, j = array.length() - 1; i < j; i++, j--) {
            System.arraycopy(data, i * size, item, 0, size);
            System.arraycopy(data, j * size, data, i * size, size);
            System.arraycopy(item, 0, data, j * size, size);
        }
    }

    /** {@code a * n}: the items repeated. */
    @TruffleBoundary
    static byte[] repeat(PArray array, long times) {
        byte[] items = array.toBytes();
        int n = (int) Math.max(0, times);
        byte[] out = new byte[Math.multiplyExact(items.length, n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return out;
    }
}
