package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code starmap(function, iterable)}: the function called with each item unpacked. */
public final class PStarmap extends PItertoolsIterator {

    private final Object function;
    private final Object iterator;

    public PStarmap(Object function, Object iterator) {
        this.function = function;
        this.iterator = iterator;
    }

    public Object getFunction() {
        return function;
    }

    public Object getIterator() {
        return iterator;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_STARMAP;
    }
}
