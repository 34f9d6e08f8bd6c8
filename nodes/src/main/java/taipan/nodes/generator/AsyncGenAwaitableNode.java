package taipan.nodes.generator;

import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.AsyncGenWrappedValue;
import taipan.runtime.generator.AwaitableState;
import taipan.runtime.generator.PAsyncGenASend;
import taipan.runtime.generator.PAsyncGenAThrow;
import taipan.runtime.generator.PAsyncGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * Drives an async generator for its {@code asend()}/{@code athrow()}/{@code aclose()} awaitables (CPython's
 * {@code async_gen_asend_send}, {@code async_gen_athrow_send} and their {@code throw}s). The body's own yields come
 * back as {@link AsyncGenWrappedValue}s and end the await with StopIteration(value); what an {@code await} in the
 * body passes is returned to the event loop as it is.
 */
public final class AsyncGenAwaitableNode extends Node {

    private static final String ASEND_REUSED = "cannot reuse already awaited __anext__()/asend()";
    private static final String ATHROW_REUSED = "cannot reuse already awaited aclose()/athrow()";
    private static final String IGNORED_EXIT = "async generator ignored GeneratorExit";

    @Child private GeneratorResumeNode resume = GeneratorResumeNode.create();

    public static AsyncGenAwaitableNode create() {
        return new AsyncGenAwaitableNode();
    }

    /** {@code asend.send(arg)}; {@code thrown} non-null for {@code asend.throw()}. */
    public Object asend(PAsyncGenASend o, Object arg, PException thrown) {
        PAsyncGenerator gen = o.getGenerator();
        if (o.getState() == AwaitableState.CLOSED) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, ASEND_REUSED);
        }
        Object value = arg;
        if (o.getState() == AwaitableState.INIT) {
            if (gen.isRunningAsync()) {
                o.setState(AwaitableState.CLOSED);
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR,
                                "anext(): asynchronous generator is already running");
            }
            if (value == PNone.NONE && thrown == null) {
                value = o.getSendValue();
            }
            if (!gen.isStarted() && value != PNone.NONE && thrown == null) {
                o.setState(AwaitableState.CLOSED);
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "can't send non-None value to a just-started async generator");
            }
            o.setState(AwaitableState.ITER);
        }
        gen.setRunningAsync(true);
        try {
            return unwrap(gen, run(gen, thrown == null ? value : PNone.NONE, thrown));
        } catch (PException e) {
            o.setState(AwaitableState.CLOSED);
            throw e;
        }
    }

    /** {@code athrow.send(arg)} / {@code aclose.send(arg)}; {@code thrown} non-null for their {@code throw()}. */
    public Object athrow(PAsyncGenAThrow o, Object arg, PException thrown) {
        PAsyncGenerator gen = o.getGenerator();
        if (o.getState() == AwaitableState.CLOSED) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, ATHROW_REUSED);
        }
        if (thrown == null && gen.isFinished()) {
            o.setState(AwaitableState.CLOSED);
            throw GeneratorErrors.stopIteration(this, PNone.NONE);
        }
        if (o.getState() == AwaitableState.INIT) {
            if (gen.isRunningAsync()) {
                o.setState(AwaitableState.CLOSED);
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "%s(): asynchronous generator is already running",
                                o.isClose() ? "aclose" : "athrow");
            }
            if (thrown == null) {
                if (gen.isClosed()) {
                    o.setState(AwaitableState.CLOSED);
                    throw GeneratorErrors.bare(this, BuiltinType.STOP_ASYNC_ITERATION);
                }
                if (arg != PNone.NONE) {
                    throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR,
                                    "can't send non-None value to a just-started coroutine");
                }
            }
            o.setState(AwaitableState.ITER);
            gen.setRunningAsync(true);
            if (thrown == null) {
                if (o.isClose()) {
                    gen.setClosed(true);
                }
                thrown = o.isClose() ? GeneratorErrors.bare(this, BuiltinType.GENERATOR_EXIT) : o.getException();
                arg = PNone.NONE;
            }
        }
        Object result;
        try {
            result = run(gen, thrown == null ? arg : PNone.NONE, thrown);
            if (!o.isClose()) {
                return unwrap(gen, result);
            }
        } catch (PException e) {
            o.setState(AwaitableState.CLOSED);
            if (o.isClose() && (GeneratorErrors.isInstance(this, e, BuiltinType.STOP_ASYNC_ITERATION) ||
                            GeneratorErrors.isInstance(this, e, BuiltinType.GENERATOR_EXIT))) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            throw e;
        }
        return closeResult(o, result);
    }

    /** {@code aclose()}'s step: the body must not yield a value while closing; its end ends the await. */
    private Object closeResult(PAsyncGenAThrow o, Object result) {
        PAsyncGenerator gen = o.getGenerator();
        if (result instanceof AsyncGenWrappedValue || result == PyIterNextNode.EXHAUSTED) {
            gen.setRunningAsync(false);
            o.setState(AwaitableState.CLOSED);
            if (result == PyIterNextNode.EXHAUSTED) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, IGNORED_EXIT);
        }
        return result;
    }

    /** Resumes the body; an exception ending it closes the generator if it is StopAsyncIteration or GeneratorExit. */
    private Object run(PAsyncGenerator gen, Object value, PException thrown) {
        try {
            return resume.execute(gen, value, thrown);
        } catch (PException e) {
            if (GeneratorErrors.isInstance(this, e, BuiltinType.STOP_ASYNC_ITERATION) ||
                            GeneratorErrors.isInstance(this, e, BuiltinType.GENERATOR_EXIT)) {
                gen.setClosed(true);
            }
            gen.setRunningAsync(false);
            throw e;
        }
    }

    /** CPython's {@code async_gen_unwrap_value}: a yielded value ends the await, the body's end is StopAsyncIteration. */
    private Object unwrap(PAsyncGenerator gen, Object result) {
        if (result == PyIterNextNode.EXHAUSTED) {
            gen.setRunningAsync(false);
            throw GeneratorErrors.bare(this, BuiltinType.STOP_ASYNC_ITERATION);
        }
        if (result instanceof AsyncGenWrappedValue wrapped) {
            gen.setRunningAsync(false);
            throw GeneratorErrors.stopIteration(this, wrapped.value());
        }
        return result;
    }
}
