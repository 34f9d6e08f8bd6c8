package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.object.PNone;

/**
 * The {@code gc} module: the JVM's tracing collector does the work; {@code collect()} asks for a full collection
 * and then runs the {@code __del__} methods and weakref callbacks it caused, so {@code del x; gc.collect()} behaves as in CPython.
 */
@CoreFunctions(defineModule = "gc")
public final class GcModuleBuiltins {

    /** How long {@code collect()} waits for the collector to enqueue cleared references. */
    private static final long ENQUEUE_WAIT_MILLIS = 20;

    private GcModuleBuiltins() {
    }

    @Builtin(name = "collect", takesVarArgs = true, takesVarKeywords = true)
    abstract static class CollectNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            collect(PythonContext.get(this));
            return 0L;
        }

        @TruffleBoundary
        private static void collect(PythonContext context) {
            context.getFinalizers().collect(); // System.gc(), then __del__ of what it found unreachable
            WeakRefSupport.runCallbacks(context, ENQUEUE_WAIT_MILLIS);
        }
    }

    @Builtin(name = "enable")
    abstract static class EnableNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "disable")
    abstract static class DisableNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "isenabled")
    abstract static class IsEnabledNode extends PythonVarargsBuiltinNode {
        @Specialization
        static boolean doIt(@SuppressWarnings("unused") Object[] arguments) {
            return true;
        }
    }
}
