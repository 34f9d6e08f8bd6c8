package taipan.runtime.iterator;

import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code filter(function, iterable)}: the items for which the function (or, for None, the item) is true. */
public final class PFilter extends PBuiltinIterator {

    private final Object function;
    private final Object iterator;

    public PFilter(Object function, Object iterator) {
        this.function = function;
        this.iterator = iterator;
    }

    public Object getFunction() {
        return function;
    }

    public boolean isIdentity() {
        return function == PNone.NONE;
    }

    public Object getIterator() {
        return iterator;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.FILTER;
    }
}
