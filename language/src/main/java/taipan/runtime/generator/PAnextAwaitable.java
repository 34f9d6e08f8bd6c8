package taipan.runtime.generator;

import taipan.runtime.type.BuiltinType;

/** {@code anext(iterator, default)}: awaits {@code iterator.__anext__()}, giving the default on StopAsyncIteration. */
public final class PAnextAwaitable implements GeneratorFamily {

    private final Object iterator;
    private final Object defaultValue;
    /** The awaitable's iterator once {@code __anext__()} has been called and awaited; null before. */
    private Object awaiting;

    public PAnextAwaitable(Object iterator, Object defaultValue) {
        this.iterator = iterator;
        this.defaultValue = defaultValue;
    }

    public Object getIterator() {
        return iterator;
    }

    public Object getDefault() {
        return defaultValue;
    }

    public Object getAwaiting() {
        return awaiting;
    }

    public void setAwaiting(Object value) {
        awaiting = value;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ANEXT_AWAITABLE;
    }
}
