package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code accumulate(iterable, func, initial)}: running totals. */
public final class PAccumulate extends PItertoolsIterator {

    private final Object iterator;
    private final Object function;
    private Object total;
    private Object initial;

    public PAccumulate(Object iterator, Object function, Object total, Object initial) {
        this.iterator = iterator;
        this.function = function;
        this.total = total;
        this.initial = initial;
    }

    public Object getIterator() {
        return iterator;
    }

    public Object getFunction() {
        return function;
    }

    public Object getTotal() {
        return total;
    }

    public void setTotal(Object total) {
        this.total = total;
    }

    public Object getInitial() {
        return initial;
    }

    public void setInitial(Object initial) {
        this.initial = initial;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_ACCUMULATE;
    }
}
