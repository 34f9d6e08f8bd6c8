package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PException;
import taipan.runtime.thread.PThreadHandle;
import taipan.runtime.thread.ThreadRegistry;
import taipan.runtime.thread.Unraisable;
import taipan.runtime.type.BuiltinType;
import taipan.threading.Gil;

/**
 * Starting a Python thread: a Truffle thread of the same context (so it runs guest code in parallel with the
 * others; the first one flips {@code ThreadingMode} to multi-threaded as it enters), bound to its handle.
 */
final class ThreadStarts {
    private ThreadStarts() {
    }

    /** Starts {@code function(*args, **kwargs)} on a new thread; the handle opens when it has finished. */
    @TruffleBoundary
    static PThreadHandle start(Node location, Object function, Object[] args, String[] keywordNames,
                    Object[] keywords, PThreadHandle handle, boolean daemon) {
        PythonContext context = PythonContext.get(location);
        if (!context.getEnv().isCreateThreadAllowed()) {
            // an embedder's Context without allowCreateThread(true): CPython's message when a thread cannot start
            throw taipan.runtime.exception.PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR,
                            "can't start new thread: the embedder did not allow creating threads");
        }
        ThreadRegistry registry = context.getThreads();
        Runnable body = () -> run(context, function, args, keywordNames, keywords, handle);
        var builder = context.getEnv().newTruffleThreadBuilder(body);
        if (registry.getStackSize() > 0) {
            builder.stackSize(registry.getStackSize());
        }
        Thread thread = builder.build();
        if (registry.getGil() != null) {
            registry.getGil().ensureHeld();
            registry.startSwitcher(() -> askToYield(context));
        }
        thread.setName("Thread-" + thread.threadId());
        handle.bind(thread);
        registry.started(handle, daemon);
        try {
            thread.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            registry.finished(handle);
            handle.setDone();
            throw taipan.runtime.exception.PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR,
                            "can't start new thread");
        }
        return handle;
    }

    private static void run(PythonContext context, Object function, Object[] args, String[] keywordNames,
                    Object[] keywords, PThreadHandle handle) {
        Gil gil = context.getThreads().getGil();
        if (gil != null) {
            gil.acquire();
        }
        try {
            SlowCall.call(null, function, args, keywordNames, keywords);
        } catch (PException e) {
            if (e.getPythonException().getType().getSolidBase() != BuiltinType.SYSTEM_EXIT) {
                Unraisable.report(context.getStderr(), "Exception ignored in thread started by", function, e);
            }
        } finally {
            context.getThreads().finished(handle);
            handle.setDone();
            if (gil != null) {
                gil.releaseAll();
            }
        }
    }

    /** Has every thread that holds the GIL yield it at its next safepoint (only the holder has anything to do). */
    private static void askToYield(PythonContext context) {
        Gil gil = context.getThreads().getGil();
        try {
            context.getEnv().submitThreadLocal(null, new ThreadLocalAction(false, false) {
                @Override
                protected void perform(Access access) {
                    gil.yieldToWaiters();
                }
            });
        } catch (RuntimeException closing) {
            // the context is closing
        }
    }
}
