package taipan.runtime.set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The order in which CPython 3.13 would iterate a set holding the given elements, added in the given order: a
 * replay of Objects/setobject.c's open addressing (linear probes of 9, then perturbation) and its growth policy. Our
 * table keeps insertion order; printing and iterating sets in CPython's order makes {@code print({4, 9})} agree.
 * History CPython also depends on (deletions leaving dummies, bulk merges sizing the table at once) is not replayed.
 */
public final class CPythonSetOrder {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    private CPythonSetOrder() {
    }

    /** {@code elements} reordered in place by where CPython's table would put them ({@code hashes} alongside). */
    @TruffleBoundary
    public static void reorder(Object[] elements, long[] hashes) {
        int n = elements.length;
        if (n < 2) {
            return;
        }
        int[] table = new int[MIN_SIZE];
        java.util.Arrays.fill(table, -1);
        int fill = 0;
        for (int k = 0; k < n; k++) {
            insertClean(table, hashes, k);
            fill++;
            int mask = table.length - 1;
            if (fill * 5L >= mask * 3L) {
                table = resize(table, hashes, fill > 50000 ? fill * 2 : fill * 4);
            }
        }
        Object[] ordered = new Object[n];
        long[] orderedHashes = new long[n];
        int j = 0;
        for (int slot : table) {
            if (slot >= 0) {
                ordered[j] = elements[slot];
                orderedHashes[j++] = hashes[slot];
            }
        }
        System.arraycopy(ordered, 0, elements, 0, n);
        System.arraycopy(orderedHashes, 0, hashes, 0, n);
    }

    private static int[] resize(int[] old, long[] hashes, int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        int[] table = new int[size];
        java.util.Arrays.fill(table, -1);
        for (int slot : old) {
            if (slot >= 0) {
                insertClean(table, hashes, slot);
            }
        }
        return table;
    }

    /** CPython's set_insert_clean: the first free slot of the probe sequence. */
    private static void insertClean(int[] table, long[] hashes, int k) {
        long hash = hashes[k];
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] < 0) {
                table[i] = k;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] < 0) {
                        table[i + j] = k;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
