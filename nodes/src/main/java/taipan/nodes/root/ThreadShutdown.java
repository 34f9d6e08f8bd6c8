package taipan.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.call.SlowCall;
import taipan.runtime.module.PythonModule;

/**
 * What CPython's {@code Py_FinalizeEx} does first: when the main program ends, {@code threading._shutdown()}
 * waits for the non-daemon threads (only if {@code threading} was imported, as in CPython).
 */
final class ThreadShutdown {
    private ThreadShutdown() {
    }

    @TruffleBoundary
    static void waitForThreads(Node location, PythonContext context) {
        if (context.getModules().get("threading") instanceof PythonModule threading
                        && threading.getAttribute("_shutdown") instanceof Object shutdown) {
            SlowCall.call(location, shutdown, new Object[0]);
        }
    }
}
