package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code permutations(iterable, r)}: r-length orderings of positions, with CPython's cycles algorithm. */
public final class PPermutations extends PCombinatoric {

    private final Object[] pool;
    private final int r;
    private final int[] indices;
    private final int[] cycles;

    public PPermutations(Object[] pool, int r) {
        this.pool = pool;
        this.r = r;
        int n = pool.length;
        this.indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        this.cycles = new int[Math.max(r, 0)];
        for (int i = 0; i < r && i < n; i++) {
            cycles[i] = n - i;
        }
    }

    @Override
    protected Object[] first() {
        return r > pool.length ? null : current();
    }

    @Override
    protected Object[] advance() {
        int n = pool.length;
        for (int i = r - 1; i >= 0; i--) {
            cycles[i]--;
            if (cycles[i] == 0) {
                int moved = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = moved;
                cycles[i] = n - i;
            } else {
                int j = n - cycles[i];
                int swap = indices[i];
                indices[i] = indices[j];
                indices[j] = swap;
                return current();
            }
        }
        return null;
    }

    private Object[] current() {
        Object[] result = new Object[r];
        for (int i = 0; i < r; i++) {
            result[i] = pool[indices[i]];
        }
        return result;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_PERMUTATIONS;
    }
}
