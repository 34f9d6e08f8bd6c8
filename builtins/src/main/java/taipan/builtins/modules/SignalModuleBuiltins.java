package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.thread.SignalHandlers;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code _signal} module (CPython's {@code Modules/signalmodule.c}) as far as {@code signal.py}, asyncio and
 * Ctrl-C need it: handlers per signal, SIGINT's {@code default_int_handler}, {@code raise_signal}, and a wake-up fd
 * that is only remembered (handlers run on the main thread at a safepoint, so no byte needs writing).
 */
@CoreFunctions(defineModule = "_signal")
public final class SignalModuleBuiltins {
    static final int NSIG = 65;
    private static final String[] NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
                    "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
                    "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
                    "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
                    "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
                    "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe",
                    "Alarm clock", "Terminated"};

    private SignalModuleBuiltins() {
    }

    public static Map<String, Object> constants() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i < NAMES.length; i++) {
            values.put(NAMES[i], (long) i);
        }
        values.put("SIGIOT", 6L);
        values.put("SIGPOLL", 29L);
        values.put("SIGRTMIN", 34L);
        values.put("SIGRTMAX", 64L);
        values.put("NSIG", (long) NSIG);
        values.put("SIG_DFL", SignalHandlers.SIG_DFL);
        values.put("SIG_IGN", SignalHandlers.SIG_IGN);
        values.put("SIG_BLOCK", 0L);
        values.put("SIG_UNBLOCK", 1L);
        values.put("SIG_SETMASK", 2L);
        return values;
    }

    /** The context's handlers, knowing this module's {@code default_int_handler} (SIGINT's initial handler). */
    @TruffleBoundary
    static SignalHandlers handlers(Node location) {
        PythonContext context = PythonContext.get(location);
        SignalHandlers handlers = context.getThreads().getSignals();
        if (!handlers.hasDefaultIntHandler()) {
            handlers.setDefaultIntHandler(context.importNativeModule("_signal").getAttribute("default_int_handler"));
        }
        return handlers;
    }

    static int signum(Node location, Object value) {
        // an int subclass (signal.Signals, an IntEnum) counts by its value, as PyLong_AsLong reads it
        long n = taipan.builtins.functions.NumberArgs.asLong(location, value);
        if (n < 1 || n >= NSIG) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "signal number out of range");
        }
        return (int) (long) n;
    }

    @Builtin(name = "signal", parameterNames = {"signalnum", "handler"}, minNumOfPositionalArgs = 2)
    abstract static class SignalNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object signalnum, Object handler) {
            return install(signalnum, handler);
        }

        @TruffleBoundary
        private Object install(Object signalnum, Object handler) {
            PythonContext context = PythonContext.get(this);
            if (Thread.currentThread() != context.getThreads().getMainThread()) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR,
                                "signal only works in main thread of the main interpreter");
            }
            int signum = signum(this, signalnum);
            boolean special = handler instanceof Long n && (n == SignalHandlers.SIG_DFL || n == SignalHandlers.SIG_IGN);
            Object callable = context.getBuiltinsModule().getAttribute("callable");
            if (!special && SlowCall.call(this, callable, new Object[]{handler}) != Boolean.TRUE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            } else if (signum == 9 || signum == 19) {
                throw PythonErrors.raise(this, BuiltinType.OS_ERROR, "[Errno 22] Invalid argument");
            }
            Object old = handlers(this).get(signum);
            handlers(this).set(signum, handler);
            if (!special && signum != SignalHandlers.SIGINT && signum < NAMES.length) {
                SignalHandlers.route(NAMES[signum].substring(3), signum);
            }
            return old;
        }
    }

    @Builtin(name = "getsignal", parameterNames = "signalnum", minNumOfPositionalArgs = 1)
    abstract static class GetSignalNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object signalnum) {
            return handlers(this).get(signum(this, signalnum));
        }
    }

    @Builtin(name = "default_int_handler", takesVarArgs = true)
    abstract static class DefaultIntHandlerNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw PythonErrors.raise(this, BuiltinType.KEYBOARD_INTERRUPT, "");
        }
    }

    @Builtin(name = "raise_signal", parameterNames = "signalnum", minNumOfPositionalArgs = 1)
    abstract static class RaiseSignalNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object signalnum) {
            SignalHandlers.deliver(signum(this, signalnum));
            return PNone.NONE;
        }
    }

    @Builtin(name = "set_wakeup_fd", parameterNames = "fd", minNumOfPositionalArgs = 1,
                    keywordOnlyNames = "warn_on_full_buffer")
    abstract static class SetWakeupFdNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object fd, @SuppressWarnings("unused") Object warn) {
            return handlers(this).swapWakeupFd(taipan.builtins.functions.NumberArgs.asLong(this, fd));
        }
    }

    @Builtin(name = "siginterrupt", parameterNames = {"signalnum", "flag"}, minNumOfPositionalArgs = 2)
    abstract static class SigInterruptNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object signalnum, @SuppressWarnings("unused") Object flag) {
            signum(this, signalnum);
            return PNone.NONE;
        }
    }

    @Builtin(name = "valid_signals")
    abstract static class ValidSignalsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return validSignals();
        }

        @TruffleBoundary
        private static Object validSignals() {
            // glibc keeps 32 and 33 for its threads, as CPython's sigfillset shows
            Object[] items = new Object[NSIG - 3];
            int n = 0;
            for (int i = 1; i < NSIG; i++) {
                if (i != 32 && i != 33) {
                    items[n++] = (long) i;
                }
            }
            Object set = PythonContext.get(null).getBuiltinsModule().getAttribute("set");
            return SlowCall.call(null, set, new Object[]{new taipan.runtime.object.PTuple(items)});
        }
    }

    @Builtin(name = "strsignal", parameterNames = "signalnum", minNumOfPositionalArgs = 1)
    abstract static class StrSignalNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object signalnum) {
            int signum = signum(this, signalnum);
            if (signum < DESCRIPTIONS.length) {
                return PyStrings.of(DESCRIPTIONS[signum]);
            }
            return signum < NAMES.length ? PyStrings.of(NAMES[signum].substring(3).toLowerCase()) : PNone.NONE;
        }
    }
}
