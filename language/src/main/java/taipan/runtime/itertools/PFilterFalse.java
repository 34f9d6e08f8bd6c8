package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code filterfalse(predicate, iterable)}: the items for which the predicate is false. */
public final class PFilterFalse extends PItertoolsIterator {

    private final Object predicate;
    private final Object iterator;

    public PFilterFalse(Object predicate, Object iterator) {
        this.predicate = predicate;
        this.iterator = iterator;
    }

    public Object getPredicate() {
        return predicate;
    }

    public Object getIterator() {
        return iterator;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_FILTERFALSE;
    }
}
