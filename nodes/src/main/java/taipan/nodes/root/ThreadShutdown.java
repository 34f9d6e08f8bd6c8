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
