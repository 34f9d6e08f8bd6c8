package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code product(*iterables, repeat)}: the Cartesian product, as an odometer over the pools' indices. */
public final class PProduct extends PCombinatoric {

    private final Object[][] pools;
    private final int[] indices;

    public PProduct(Object[][] pools) {
        this.pools = pools;
        this.indices = new int[pools.length];
    }

    @Override
    protected Object[] first() {
        for (Object[] pool : pools) {
            if (pool.length == 0) {
                return null;
            }
        }
        return current();
    }

    @Override
    protected Object[] advance() {
        for (int i = pools.length - 1; i >= 0; i--) {
            if (++indices[i] < pools[i].length) {
                return current();
            }
            indices[i] = 0;
        }
        return null;
    }

    private Object[] current() {
        Object[] result = new Object[pools.length];
        for (int i = 0; i < pools.length; i++) {
            result[i] = pools[i][indices[i]];
        }
        return result;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_PRODUCT;
    }
}
