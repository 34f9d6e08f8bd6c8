package taipan.runtime.thread;

import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;

import taipan.language.PythonContext;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The Python-level signal handlers of one context ({@code signal.signal}) and the delivery of SIGINT: the JVM's
 * handler (Ctrl-C) asks the main thread to run the Python handler at its next safepoint, which a thread blocked in
 * {@code time.sleep}, a lock wait or a join also reaches ({@link Blocking}), as CPython's eval breaker does.
 */
public final class SignalHandlers {
    public static final int SIGINT = 2;
    /** {@code SIG_DFL} and {@code SIG_IGN}, as CPython's ints. */
    public static final long SIG_DFL = 0;
    public static final long SIG_IGN = 1;

    /** The context the process's Ctrl-C goes to: the last one started by the launcher (one per process). */
    private static volatile PythonContext target;
    private static volatile boolean installed;

    private final ConcurrentHashMap<Integer, Object> handlers = new ConcurrentHashMap<>();
    /** {@code signal.default_int_handler}, registered by the {@code _signal} module; raises KeyboardInterrupt. */
    private volatile Object defaultIntHandler;

    public Object get(int signum) {
        Object handler = handlers.get(signum);
        if (handler != null) {
            return handler;
        }
        return signum == SIGINT && defaultIntHandler != null ? defaultIntHandler : (Object) SIG_DFL;
    }

    public void set(int signum, Object handler) {
        handlers.put(signum, handler);
    }

    public boolean hasDefaultIntHandler() {
        return defaultIntHandler != null;
    }

    public void setDefaultIntHandler(Object handler) {
        defaultIntHandler = handler;
    }

    private long wakeupFd = -1;

    /** {@code signal.set_wakeup_fd}: remembered and returned, as asyncio's loops swap it. */
    public synchronized long swapWakeupFd(long fd) {
        long old = wakeupFd;
        wakeupFd = fd;
        return old;
    }

    /** Routes the OS signal {@code name} (without "SIG") to the Python handler, where the JVM lets us. */
    @TruffleBoundary
    public static void route(String name, int signum) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> deliver(signum));
        } catch (IllegalArgumentException | UnsupportedOperationException reserved) {
            // the JVM uses this signal itself (SIGQUIT, SIGUSR1...): raise_signal still reaches the handler
        }
    }

    /** Routes the process's SIGINT to {@code context}'s main thread (installed once per JVM). */
    @TruffleBoundary
    public static void install(PythonContext context) {
        target = context;
        if (installed) {
            return;
        }
        installed = true;
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> deliver(SIGINT));
        } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
            // the JVM keeps SIGINT for itself (e.g. -Xrs): Ctrl-C ends the process as before
        }
    }

    /** Runs the handler of {@code signum} on the main thread of the target context at its next safepoint. */
    @TruffleBoundary
    public static void deliver(int signum) {
        PythonContext context = target;
        if (context == null) {
            return;
        }
        Thread main = context.getThreads().getMainThread();
        try {
            context.getEnv().submitThreadLocal(new Thread[]{main}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    handle(context, signum, access);
                }
            });
        } catch (RuntimeException closed) {
            // the context is closing; nothing to interrupt
        }
    }

    private static void handle(PythonContext context, int signum, ThreadLocalAction.Access access) {
        Object handler = context.getThreads().getSignals().get(signum);
        if (handler instanceof Long n && (n == SIG_IGN || n == SIG_DFL && signum != SIGINT)) {
            return;
        }
        if (handler instanceof Long || handler == context.getThreads().getSignals().defaultIntHandler) {
            PythonClass cls = context.getLanguage().getBuiltinClass(BuiltinType.KEYBOARD_INTERRUPT);
            throw new PException(new PBaseException(cls, new PTuple(new Object[0])), access.getLocation());
        }
        UncachedCalls.call(handler, (long) signum, PNone.NONE);
    }
}
