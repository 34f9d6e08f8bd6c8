package taipan.runtime.generator;

import taipan.runtime.type.BuiltinType;

/** The awaitable {@code agen.asend(value)} and {@code agen.__anext__()} return: runs the body to its next yield. */
public final class PAsyncGenASend implements GeneratorFamily {

    private final PAsyncGenerator generator;
    private final Object sendValue;
    private AwaitableState state = AwaitableState.INIT;

    public PAsyncGenASend(PAsyncGenerator generator, Object sendValue) {
        this.generator = generator;
        this.sendValue = sendValue;
    }

    public PAsyncGenerator getGenerator() {
        return generator;
    }

    public Object getSendValue() {
        return sendValue;
    }

    public AwaitableState getState() {
        return state;
    }

    public void setState(AwaitableState state) {
        this.state = state;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ASYNC_GENERATOR_ASEND;
    }
}
