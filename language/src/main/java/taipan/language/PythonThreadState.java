package taipan.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.exception.PBaseException;

/**
 * What the interpreter keeps per Python thread (one per context and thread, through a {@code ContextThreadLocal}):
 * for now the depth of Python calls, which {@code sys.setrecursionlimit} bounds.
 */
public final class PythonThreadState {

    /**
     * This thread's storage object of each {@code _thread._local} it has touched (CPython keeps the same per-thread
     * dict); weak in the local, so a dropped local's values go with it, and dropped whole when the Python thread
     * ends, so its values go at once and a pooled Java thread's next Python thread starts with none.
     */
    private java.util.WeakHashMap<Object, Object> threadLocals;

    /**
     * The {@code _thread.get_ident()} of the Python thread running here; 0 on a thread Python did not start (the
     * main thread, an embedder's), whose ident is its Java thread id. Started threads get a fresh number each
     * (ThreadRegistry.nextIdent), since a pooled Java thread runs many Python threads and CPython never gives two
     * unjoined threads one ident.
     */
    private long ident;

    public long ident() {
        return ident != 0 ? ident : Thread.currentThread().threadId();
    }

    public void setIdent(long value) {
        ident = value;
    }

    /**
     * The kernel's id of the Java thread running here ({@code gettid()}), read once: it outlives the Python threads a
     * pooled Java thread runs, so {@link #reset()} keeps it. 0 until first asked.
     */
    private long nativeId;

    /** {@code _thread.get_native_id()}; must be called on the thread itself, whose {@code /proc/thread-self} it reads. */
    public long nativeId() {
        if (nativeId == 0) {
            nativeId = readNativeId();
        }
        return nativeId;
    }

    /**
     * Linux's {@code /proc/thread-self} is a link to {@code PID/task/TID} of the thread that reads it: the JDK has no
     * API for the kernel thread id. Elsewhere, the Java thread id stands in (unique among live threads too).
     */
    @TruffleBoundary
    private static long readNativeId() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self")).toString();
            return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        } catch (java.io.IOException | UnsupportedOperationException | NumberFormatException | SecurityException e) {
            return Thread.currentThread().threadId();
        }
    }

    /** The thread-local storage map, made on first use. */
    public java.util.Map<Object, Object> threadLocals() {
        if (threadLocals == null) {
            threadLocals = new java.util.WeakHashMap<>();
        }
        return threadLocals;
    }

    /** The Python thread running here has finished: the next one on this Java thread starts as a new thread would. */
    public void reset() {
        threadLocals = null;
        ident = 0;
        depth = 0;
        asyncgenFirstiter = null;
        asyncgenFinalizer = null;
        decimalContext = null;
        context = null;
        handled = new PBaseException[4];
        handledCount = 0;
    }

    /**
     * The exceptions being handled (CPython's {@code exc_info} stack), innermost last: a plain array so pushing and
     * popping compile to field accesses, with no boundary call on a caught exception's path.
     */
    private PBaseException[] handled = new PBaseException[4];
    private int handledCount;

    public void pushHandled(PBaseException exception) {
        if (handledCount == handled.length) {
            handled = grow(handled);
        }
        handled[handledCount++] = exception;
    }

    public void popHandled() {
        handled[--handledCount] = null;
    }

    /** The innermost exception being handled, or null. */
    public PBaseException currentHandled() {
        return handledCount == 0 ? null : handled[handledCount - 1];
    }

    @TruffleBoundary
    private static PBaseException[] grow(PBaseException[] stack) {
        return java.util.Arrays.copyOf(stack, stack.length * 2);
    }

    /** Python frames active on this thread; only this thread reads or writes it. */
    private int depth;

    /** Enters one more frame; returns the new depth. */
    public int enter() {
        return ++depth;
    }

    public void exit() {
        depth--;
    }

    public int depth() {
        return depth;
    }

    /** {@code sys.set_asyncgen_hooks}: called with each async generator first iterated; null for None. */
    private Object asyncgenFirstiter;
    /** {@code sys.set_asyncgen_hooks}: the finalizer async generators made from now on keep; null for None. */
    private Object asyncgenFinalizer;

    public Object getAsyncgenFirstiter() {
        return asyncgenFirstiter;
    }

    public void setAsyncgenFirstiter(Object hook) {
        asyncgenFirstiter = hook;
    }

    public Object getAsyncgenFinalizer() {
        return asyncgenFinalizer;
    }

    public void setAsyncgenFinalizer(Object hook) {
        asyncgenFinalizer = hook;
    }

    /** The thread's current {@code decimal} context ({@code getcontext()}); null until first asked for. */
    private Object decimalContext;

    public Object getDecimalContext() {
        return decimalContext;
    }

    public void setDecimalContext(Object context) {
        decimalContext = context;
    }

    /** The thread's current {@code contextvars.Context}; made empty on first use (new threads start empty). */
    private taipan.runtime.contextvars.PContext context;

    public taipan.runtime.contextvars.PContext getContext() {
        if (context == null) {
            context = new taipan.runtime.contextvars.PContext();
        }
        return context;
    }

    public void setContext(taipan.runtime.contextvars.PContext value) {
        context = value;
    }
}
