package taipan.runtime.iterator;

import taipan.runtime.type.BuiltinType;

/** {@code map(function, *iterables)}: the function applied to one item of each iterator at a time. */
public final class PMap extends PBuiltinIterator {

    private final Object function;
    private final Object[] iterators;

    public PMap(Object function, Object[] iterators) {
        this.function = function;
        this.iterators = iterators;
    }

    public Object getFunction() {
        return function;
    }

    public Object[] getIterators() {
        return iterators;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.MAP;
    }
}
