package taipan.runtime.iterator;

import taipan.runtime.type.BuiltinType;

/** {@code zip(*iterables, strict=False)}: tuples of one item from each iterator, until the shortest ends. */
public final class PZip extends PBuiltinIterator {

    private final Object[] iterators;
    private final boolean strict;
    private boolean exhausted;

    public PZip(Object[] iterators, boolean strict) {
        this.iterators = iterators;
        this.strict = strict;
    }

    public Object[] getIterators() {
        return iterators;
    }

    public boolean isStrict() {
        return strict;
    }

    public boolean isExhausted() {
        return exhausted;
    }

    /** Once one iterator ended, zip stays ended without touching the others again. */
    public void setExhausted() {
        this.exhausted = true;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ZIP;
    }
}
