package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code takewhile(predicate, iterable)}: the items up to the first for which the predicate is false. */
public final class PTakeWhile extends PItertoolsIterator {

    private final Object predicate;
    private final Object iterator;
    private boolean stopped;

    public PTakeWhile(Object predicate, Object iterator, boolean stopped) {
        this.predicate = predicate;
        this.iterator = iterator;
        this.stopped = stopped;
    }

    public Object getPredicate() {
        return predicate;
    }

    public Object getIterator() {
        return iterator;
    }

    public boolean isStopped() {
        return stopped;
    }

    public void setStopped(boolean stopped) {
        this.stopped = stopped;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_TAKEWHILE;
    }
}
