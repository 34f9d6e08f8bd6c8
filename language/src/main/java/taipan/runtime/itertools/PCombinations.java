package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/**
 * {@code combinations(iterable, r)} and {@code combinations_with_replacement(iterable, r)}: r-length
 * subsequences in lexicographic order of positions, as the recipes in CPython's itertools documentation.
 */
public final class PCombinations extends PCombinatoric {

    private final Object[] pool;
    private final int[] indices;
    private final boolean withReplacement;

    public PCombinations(Object[] pool, int r, boolean withReplacement) {
        this.pool = pool;
        this.indices = new int[r];
        this.withReplacement = withReplacement;
        if (!withReplacement) {
            for (int i = 0; i < r; i++) {
                indices[i] = i;
            }
        }
    }

    @Override
    protected Object[] first() {
        int n = pool.length;
        int r = indices.length;
        if (withReplacement ? n == 0 && r > 0 : r > n) {
            return null;
        }
        return current();
    }

    @Override
    protected Object[] advance() {
        int n = pool.length;
        int r = indices.length;
        int i = r - 1;
        if (withReplacement) {
            while (i >= 0 && indices[i] == n - 1) {
                i--;
            }
            if (i < 0) {
                return null;
            }
            int value = indices[i] + 1;
            for (int j = i; j < r; j++) {
                indices[j] = value;
            }
        } else {
            while (i >= 0 && indices[i] == i + n - r) {
                i--;
            }
            if (i < 0) {
                return null;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
        }
        return current();
    }

    private Object[] current() {
        Object[] result = new Object[indices.length];
        for (int i = 0; i < indices.length; i++) {
            result[i] = pool[indices[i]];
        }
        return result;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return withReplacement ? BuiltinType.ITERTOOLS_COMBINATIONS_WITH_REPLACEMENT : BuiltinType.ITERTOOLS_COMBINATIONS;
    }
}
