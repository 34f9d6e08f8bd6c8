package taipan.runtime.iterator;

import taipan.runtime.type.BuiltinType;

/** {@code iter(callable, sentinel)}: calls the callable until it returns a value equal to the sentinel. */
public final class PCallableIterator extends PBuiltinIterator {

    private final Object callable;
    private final Object sentinel;
    private boolean exhausted;

    public PCallableIterator(Object callable, Object sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    public Object getCallable() {
        return callable;
    }

    public Object getSentinel() {
        return sentinel;
    }

    public boolean isExhausted() {
        return exhausted;
    }

    public void setExhausted() {
        this.exhausted = true;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.CALLABLE_ITERATOR;
    }
}
