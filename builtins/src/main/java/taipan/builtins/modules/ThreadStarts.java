package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PException;
import taipan.runtime.thread.PThreadHandle;
import taipan.runtime.thread.ThreadPool;
import taipan.runtime.thread.ThreadRegistry;
import taipan.runtime.thread.Unraisable;
import taipan.runtime.type.BuiltinType;
import taipan.threading.Gil;

/**
 * Starting a Python thread: a Truffle thread of the same context (so it runs guest code in parallel with the
 * others; the first one flips {@code ThreadingMode} to multi-threaded as it enters), bound to its handle, reused
 * for later Python threads through the context's {@link ThreadPool}.
 */
final class ThreadStarts {
    private ThreadStarts() {
    }

    /**
     * Starts {@code function(*args, **kwargs)} on a new Python thread; the handle opens when it has finished. The
     * Java thread is a parked one from the context's {@link ThreadPool} when there is one (a few microseconds),
     * else a new Truffle thread (about a millisecond) that joins the pool when its Python thread ends.
     */
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
        if (registry.getGil() != null) {
            registry.getGil().ensureHeld();
            registry.startSwitcher(() -> askToYield(context));
        }
        long stackSize = registry.getStackSize();
        ThreadPool.Worker parked = registry.getPool().take(stackSize);
        ThreadPool.Worker worker = parked != null ? parked : registry.getPool().newWorker(stackSize, location);
        Runnable body = () -> run(context, function, args, keywordNames, keywords, handle, worker);
        if (parked != null) {
            handle.bind(parked.getThread(), registry.nextIdent());
            registry.started(handle, daemon);
            parked.run(body);
            return handle;
        }
        var builder = context.getEnv().newTruffleThreadBuilder(() -> worker.loop(body));
        if (stackSize > 0) {
            builder.stackSize(stackSize);
        }
        Thread thread = builder.build();
        thread.setName("Thread-" + thread.threadId());
        worker.setThread(thread);
        handle.bind(thread, registry.nextIdent());
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
                    Object[] keywords, PThreadHandle handle, ThreadPool.Worker worker) {
        TaipanLanguage.get(null).threadState().setIdent(handle.getIdent());
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
            // what this Python thread kept per thread goes now, as CPython's thread state does at exit
            TaipanLanguage.get(null).threadState().reset();
            Thread.interrupted();
            worker.becomeIdle(); // before the joiners wake: one that starts a thread at once finds this one
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
