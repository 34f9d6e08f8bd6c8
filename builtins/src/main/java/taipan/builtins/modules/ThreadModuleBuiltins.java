package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.thread.PLock;
import taipan.runtime.thread.PThreadHandle;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code _thread} module (CPython's {@code Modules/_threadmodule.c}) on Truffle threads: what CPython 3.13's
 * {@code threading.py} builds on. Locks are in {@link ThreadLockBuiltins} and {@link ThreadRLockBuiltins}.
 */
@CoreFunctions(defineModule = "_thread")
public final class ThreadModuleBuiltins {

    /** {@code TIMEOUT_MAX}: the longest wait a lock accepts, in seconds (CPython's value on Linux). */
    static final double TIMEOUT_MAX = 9223372036.0;

    private ThreadModuleBuiltins() {
    }

    /** The module's classes and constants. */
    public static Map<String, Object> constants(TaipanLanguage language) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("LockType", language.getBuiltinClass(BuiltinType.LOCK));
        values.put("lock", language.getBuiltinClass(BuiltinType.LOCK));
        values.put("RLock", language.getBuiltinClass(BuiltinType.RLOCK));
        values.put("_ThreadHandle", language.getBuiltinClass(BuiltinType.THREAD_HANDLE));
        values.put("_local", language.getBuiltinClass(BuiltinType.THREAD_LOCAL));
        values.put("error", language.getBuiltinClass(BuiltinType.RUNTIME_ERROR));
        values.put("TIMEOUT_MAX", TIMEOUT_MAX);
        return values;
    }

    @Builtin(name = "allocate_lock")
    abstract static class AllocateLockNode extends PythonVarargsBuiltinNode {
        @Specialization
        static PLock doIt(@SuppressWarnings("unused") Object[] arguments) {
            return new PLock();
        }
    }

    @Builtin(name = "get_ident")
    abstract static class GetIdentNode extends PythonVarargsBuiltinNode {
        @Specialization
        long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return TaipanLanguage.get(this).threadState().ident();
        }
    }

    @Builtin(name = "get_native_id")
    abstract static class GetNativeIdNode extends PythonVarargsBuiltinNode {
        @Specialization
        long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return TaipanLanguage.get(this).threadState().nativeId();
        }
    }

    @Builtin(name = "_get_main_thread_ident")
    abstract static class MainThreadIdentNode extends PythonVarargsBuiltinNode {
        @Specialization
        long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PythonContext.get(this).getThreads().getMainIdent();
        }
    }

    @Builtin(name = "_is_main_interpreter")
    abstract static class IsMainInterpreterNode extends PythonVarargsBuiltinNode {
        @Specialization
        static boolean doIt(@SuppressWarnings("unused") Object[] arguments) {
            return true;
        }
    }

    @Builtin(name = "daemon_threads_allowed")
    abstract static class DaemonThreadsAllowedNode extends PythonVarargsBuiltinNode {
        @Specialization
        static boolean doIt(@SuppressWarnings("unused") Object[] arguments) {
            return true;
        }
    }

    @Builtin(name = "_count")
    abstract static class CountNode extends PythonVarargsBuiltinNode {
        @Specialization
        long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PythonContext.get(this).getThreads().count();
        }
    }

    @Builtin(name = "_shutdown")
    abstract static class ShutdownNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            PythonContext.get(this).getThreads().joinNonDaemon(this);
            return PNone.NONE;
        }
    }

    @Builtin(name = "stack_size", parameterNames = "size")
    abstract static class StackSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object size) {
            var threads = PythonContext.get(this).getThreads();
            long old = threads.getStackSize();
            if (size != PNone.NO_VALUE) {
                if (!(size instanceof Long n)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "'%s' object cannot be interpreted as an integer", PythonErrors.typeName(this, size));
                } else if (n != 0 && n < 32768) {
                    throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "size not valid: %d bytes", n);
                }
                threads.setStackSize(n);
            }
            return old;
        }
    }

    @Builtin(name = "_make_thread_handle", parameterNames = "ident", minNumOfPositionalArgs = 1)
    abstract static class MakeThreadHandleNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PThreadHandle doIt(long ident) {
            return new PThreadHandle(ident);
        }
    }

    @Builtin(name = "start_new_thread", parameterNames = {"function", "args", "kwargs"}, minNumOfPositionalArgs = 2)
    abstract static class StartNewThreadNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object function, Object args, Object kwargs) {
            if (!(args instanceof PTuple tuple)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "2nd arg must be a tuple");
            }
            String[] names = new String[0];
            Object[] values = new Object[0];
            if (kwargs instanceof PDict dict) {
                Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(this).threadingMode());
                names = new String[entries[0].length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = taipan.runtime.object.Repr.str(entries[0][i]);
                }
                values = entries[1];
            } else if (kwargs != PNone.NO_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "optional 3rd arg must be a dictionary");
            }
            PThreadHandle handle = ThreadStarts.start(this, function, tuple.getItems(), names, values,
                            new PThreadHandle(0), true);
            return handle.getIdent();
        }
    }

    @Builtin(name = "start_joinable_thread", parameterNames = {"function", "handle", "daemon"},
                    minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class StartJoinableThreadNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object function, Object handle, Object daemon) {
            PThreadHandle target;
            if (handle == PNone.NO_VALUE || handle == PNone.NONE) {
                target = new PThreadHandle(0);
            } else if (handle instanceof PThreadHandle h) {
                target = h;
            } else {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'handle' must be a _ThreadHandle");
            }
            boolean isDaemon = daemon == PNone.NO_VALUE || daemon == Boolean.TRUE
                            || daemon instanceof Long n && n != 0;
            return ThreadStarts.start(this, function, new Object[0], new String[0], new Object[0], target, isDaemon);
        }
    }

    @Builtin(name = "interrupt_main", parameterNames = "signum")
    abstract static class InterruptMainNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object signum) {
            ThreadInterrupts.interruptMain(PythonContext.get(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "_ExceptHookArgs", parameterNames = "args", minNumOfPositionalArgs = 1)
    abstract static class ExceptHookArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object args) {
            return ThreadInterrupts.exceptHookArgs(this, args);
        }
    }

    @Builtin(name = "_excepthook", parameterNames = "args", minNumOfPositionalArgs = 1)
    abstract static class ExceptHookNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object args) {
            ThreadInterrupts.exceptHook(this, args);
            return PNone.NONE;
        }
    }
}
