package taipan.runtime.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import taipan.runtime.type.BuiltinType;

/**
 * An asynchronous generator ({@code async def} with {@code yield}). Its body's {@code yield}s suspend with an
 * {@link AsyncGenWrappedValue}, which the {@code asend}/{@code athrow} awaitables turn into their result; anything
 * else it suspends with comes from an {@code await} and passes through to the event loop.
 */
public final class PAsyncGenerator extends PGenerator {

    /** An {@code asend()}/{@code athrow()} awaitable is driving the body (CPython's {@code ag_running_async}). */
    private boolean runningAsync;
    /** {@code aclose()} was called or the body ended with StopAsyncIteration/GeneratorExit ({@code ag_closed}). */
    private boolean closed;
    /** The {@code sys.set_asyncgen_hooks} hooks were applied (at its first asend/athrow/aclose/__anext__). */
    private boolean hooksInitialized;
    /** The finalizer hook in force then ({@code ag_finalizer}); null for none. */
    private Object finalizer;

    public PAsyncGenerator(MaterializedFrame frame, RootCallTarget resume, String name, String qualname) {
        super(frame, resume, name, qualname);
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ASYNC_GENERATOR;
    }

    @Override
    public String kindName() {
        return "async generator";
    }

    public boolean isRunningAsync() {
        return runningAsync;
    }

    public void setRunningAsync(boolean value) {
        runningAsync = value;
    }

    /** Marks the hooks applied; returns whether they were before. */
    public boolean initializeHooks() {
        boolean was = hooksInitialized;
        hooksInitialized = true;
        return was;
    }

    public Object getFinalizer() {
        return finalizer;
    }

    public void setFinalizer(Object hook) {
        finalizer = hook;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean value) {
        closed = value;
    }
}
