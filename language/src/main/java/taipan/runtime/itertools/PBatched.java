package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code batched(iterable, n, strict)}: tuples of n items, the last maybe shorter. */
public final class PBatched extends PItertoolsIterator {

    private Object iterator;
    private final long size;
    private final boolean strict;

    public PBatched(Object iterator, long size, boolean strict) {
        this.iterator = iterator;
        this.size = size;
        this.strict = strict;
    }

    public Object getIterator() {
        return iterator;
    }

    public void setIterator(Object iterator) {
        this.iterator = iterator;
    }

    public long getSize() {
        return size;
    }

    public boolean isStrict() {
        return strict;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_BATCHED;
    }
}
