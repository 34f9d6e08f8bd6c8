package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code dropwhile(predicate, iterable)}: the items from the first for which the predicate is false. */
public final class PDropWhile extends PItertoolsIterator {

    private final Object predicate;
    private final Object iterator;
    private boolean started;

    public PDropWhile(Object predicate, Object iterator, boolean started) {
        this.predicate = predicate;
        this.iterator = iterator;
        this.started = started;
    }

    public Object getPredicate() {
        return predicate;
    }

    public Object getIterator() {
        return iterator;
    }

    public boolean isStarted() {
        return started;
    }

    public void setStarted(boolean started) {
        this.started = started;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_DROPWHILE;
    }
}
