package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code zip_longest(*iterables, fillvalue)}: tuples until the longest iterable ends. */
public final class PZipLongest extends PItertoolsIterator {

    private final Object[] iterators;
    private final Object fillValue;
    private int active;

    public PZipLongest(Object[] iterators, Object fillValue, int active) {
        this.iterators = iterators;
        this.fillValue = fillValue;
        this.active = active;
    }

    public Object[] getIterators() {
        return iterators;
    }

    public Object getFillValue() {
        return fillValue;
    }

    public int getActive() {
        return active;
    }

    public void setActive(int active) {
        this.active = active;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_ZIP_LONGEST;
    }
}
