package taipan.runtime.generator;

import taipan.runtime.exception.PException;
import taipan.runtime.type.BuiltinType;

/** The awaitable {@code agen.athrow(...)} and {@code agen.aclose()} return (CPython's {@code async_gen_athrow}). */
public final class PAsyncGenAThrow implements GeneratorFamily {

    private final PAsyncGenerator generator;
    /** The exception {@code athrow} raises in the body; null for {@code aclose()}, which raises GeneratorExit. */
    private final PException exception;
    private AwaitableState state = AwaitableState.INIT;

    public PAsyncGenAThrow(PAsyncGenerator generator, PException exception) {
        this.generator = generator;
        this.exception = exception;
    }

    public PAsyncGenerator getGenerator() {
        return generator;
    }

    public PException getException() {
        return exception;
    }

    public boolean isClose() {
        return exception == null;
    }

    public AwaitableState getState() {
        return state;
    }

    public void setState(AwaitableState state) {
        this.state = state;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ASYNC_GENERATOR_ATHROW;
    }
}
