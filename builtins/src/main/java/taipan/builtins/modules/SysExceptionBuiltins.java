package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.HandledExceptions;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;

/** {@code sys.exception()} and {@code sys.exc_info()}: the exception the innermost active handler handles. */
@CoreFunctions(defineModule = "sys")
public final class SysExceptionBuiltins {

    private SysExceptionBuiltins() {
    }

    @Builtin(name = "exception")
    abstract static class ExceptionNode extends PythonVarargsBuiltinNode {

        @Specialization
        static Object doGet(@SuppressWarnings("unused") Object[] arguments) {
            PBaseException handled = HandledExceptions.current(null);
            return handled == null ? PNone.NONE : handled;
        }
    }

    /** {@code (type, value, traceback)}. */
    @Builtin(name = "exc_info")
    abstract static class ExcInfoNode extends PythonVarargsBuiltinNode {

        @Specialization
        static PTuple doGet(@SuppressWarnings("unused") Object[] arguments) {
            PBaseException handled = HandledExceptions.current(null);
            if (handled == null) {
                return new PTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
            }
            return new PTuple(new Object[]{handled.getType(), handled, taipan.runtime.exception.PTraceback.of(handled)});
        }
    }
}
