package taipan.runtime.dict;

import java.lang.invoke.VarHandle;

/**
 * One generation of a compact dict's storage, CPython's layout: a power-of-two index table of entry numbers
 * ({@link #FREE}, {@link #DUMMY} for a deleted entry's slot) over dense, insertion-ordered entry arrays. The arrays
 * are final, so a reader that read the {@code HashTable} once always sees arrays of matching lengths; a resize
 * makes a new one. A deleted entry keeps its place with a null key and value.
 */
final class HashTable {
    static final int FREE = -1;
    static final int DUMMY = -2;
    static final int MIN_SIZE = 8;

    final int[] indices;
    final long[] hashes;
    final Object[] keys;
    final Object[] values;
    /** Entries used so far, deleted ones included. */
    int used;
    /** Live entries: {@code len(dict)}. */
    int count;

    HashTable(int indexSize) {
        indices = new int[indexSize];
        java.util.Arrays.fill(indices, FREE);
        int usable = usable(indexSize);
        hashes = new long[usable];
        keys = new Object[usable];
        values = new Object[usable];
    }

    /** CPython's USABLE_FRACTION: two thirds of the index table. */
    static int usable(int indexSize) {
        return (indexSize << 1) / 3;
    }

    /** The smallest power-of-two index table whose usable part holds {@code n} entries. */
    static int indexSizeFor(int n) {
        int size = MIN_SIZE;
        while (usable(size) < n) {
            size <<= 1;
        }
        return size;
    }

    /** The first slot on {@code hash}'s probe sequence whose index is FREE or DUMMY (CPython's find_empty_slot). */
    int emptySlot(long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Appends an entry and indexes it; the caller checked that {@code used < keys.length}. */
    void insertNew(Object key, long hash, Object value, boolean shared) {
        int ix = used;
        hashes[ix] = hash;
        values[ix] = value;
        keys[ix] = key;
        int slot = emptySlot(hash);
        if (shared) {
            // Lock-free readers follow the index to the entry: the entry must be visible first.
            VarHandle.releaseFence();
        }
        indices[slot] = ix;
        used = ix + 1;
        count++;
    }

    /** The slot of the index table holding entry {@code ix} (whose hash is known). */
    int slotOf(int ix) {
        long hash = hashes[ix];
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Deletes entry {@code ix}: its slot becomes DUMMY, its key and value null. */
    void deleteEntry(int ix) {
        indices[slotOf(ix)] = DUMMY;
        count--;
        keys[ix] = null;
        values[ix] = null;
    }

    /** A new table with the live entries compacted, sized for {@code minUsed} entries (CPython's dictresize). */
    HashTable resized(int minUsed) {
        HashTable t = new HashTable(indexSizeFor(Math.max(minUsed, count)));
        for (int i = 0; i < used; i++) {
            Object k = keys[i];
            if (k != null) {
                t.insertNew(k, hashes[i], values[i], false);
            }
        }
        return t;
    }

    /** A copy with the same layout. */
    HashTable copy() {
        HashTable t = new HashTable(indices.length);
        System.arraycopy(indices, 0, t.indices, 0, indices.length);
        System.arraycopy(hashes, 0, t.hashes, 0, used);
        System.arraycopy(keys, 0, t.keys, 0, used);
        System.arraycopy(values, 0, t.values, 0, used);
        t.used = used;
        t.count = count;
        return t;
    }
}
