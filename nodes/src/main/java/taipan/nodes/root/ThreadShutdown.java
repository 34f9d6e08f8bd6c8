package taipan.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PException;
import taipan.runtime.module.PythonModule;
import taipan.runtime.thread.AtexitCallbacks;
import taipan.runtime.thread.Unraisable;
import taipan.runtime.type.BuiltinType;

/**
 * What CPython's {@code Py_FinalizeEx} does first: when the main program ends, {@code threading._shutdown()}
 * waits for the non-daemon threads (only if {@code threading} was imported, as in CPython), then the
 * {@code atexit} callbacks run, last registered first.
 */
public final class ThreadShutdown {
    private ThreadShutdown() {
    }

    @TruffleBoundary
    static void waitForThreads(Node location, PythonContext context) {
        if (context.getModules().get("threading") instanceof PythonModule threading
                        && threading.getAttribute("_shutdown") instanceof Object shutdown) {
            SlowCall.call(location, shutdown, new Object[0]);
        }
        runAtexit(location, context);
        if (context.getFinalizers().isUsed()) {
            releaseMainFinalizables(context);
            context.getFinalizers().collect(); // unreachable objects' __del__ runs before exit, as CPython's would
        }
    }

    /**
     * CPython clears {@code __main__} as it exits, so the {@code __del__} of an object that only a global holds runs
     * then. Only the names bound to such objects are dropped here: the other globals stay for their finalizers.
     */
    private static void releaseMainFinalizables(PythonContext context) {
        if (context.getModules().get("__main__") instanceof PythonModule main) {
            var library = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();
            for (Object key : library.getKeyArray(main)) {
                if (library.getOrDefault(main, key, null) instanceof taipan.runtime.object.FinalizableObject) {
                    library.removeKey(main, key);
                }
            }
        }
    }

    /** {@code atexit._run_exitfuncs()}: an exception in one callback is reported and the others still run. */
    @TruffleBoundary
    public static void runAtexit(Node location, PythonContext context) {
        for (AtexitCallbacks.Entry entry : context.getThreads().getAtexit().drainLastFirst()) {
            try {
                SlowCall.call(location, entry.function(), entry.args(), entry.keywordNames(), entry.keywords());
            } catch (PException e) {
                if (e.getPythonException().getType().getSolidBase() != BuiltinType.SYSTEM_EXIT) {
                    context.getStdout().flush();
                    Unraisable.report(context.getStderr(), "Exception ignored in atexit callback " +
                                    taipan.runtime.object.Repr.repr(entry.function()) + ":", e);
                }
            }
        }
    }
}
