package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code pairwise(iterable)}: overlapping pairs of consecutive items. */
public final class PPairwise extends PItertoolsIterator {

    private Object iterator;
    private Object previous;

    public PPairwise(Object iterator, Object previous) {
        this.iterator = iterator;
        this.previous = previous;
    }

    public Object getIterator() {
        return iterator;
    }

    public void setIterator(Object iterator) {
        this.iterator = iterator;
    }

    public Object getPrevious() {
        return previous;
    }

    public void setPrevious(Object previous) {
        this.previous = previous;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_PAIRWISE;
    }
}
