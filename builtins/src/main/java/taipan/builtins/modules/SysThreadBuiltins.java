package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * The thread-related part of {@code sys}: the switch interval (how often a GIL, when on, changes hands) and
 * {@code sys.excepthook}, which {@code threading.py} falls back on.
 */
@CoreFunctions(defineModule = "sys")
public final class SysThreadBuiltins {

    private SysThreadBuiltins() {
    }

    @Builtin(name = "getswitchinterval")
    abstract static class GetSwitchIntervalNode extends PythonVarargsBuiltinNode {
        @Specialization
        double doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PythonContext.get(this).getThreads().getSwitchInterval();
        }
    }

    @Builtin(name = "setswitchinterval", parameterNames = "interval", minNumOfPositionalArgs = 1)
    abstract static class SetSwitchIntervalNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object interval) {
            double seconds;
            if (interval instanceof Double d) {
                seconds = d;
            } else if (interval instanceof Long n) {
                seconds = n;
            } else if (interval instanceof Boolean b) {
                seconds = b ? 1 : 0;
            } else {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "must be real number, not %s",
                                PythonErrors.typeName(this, interval));
            }
            if (!(seconds > 0)) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "switch interval must be strictly positive");
            }
            PythonContext.get(this).getThreads().setSwitchInterval(seconds);
            return PNone.NONE;
        }
    }

    /** {@code sys.excepthook(type, value, traceback)}: the exception's type and message on stderr. */
    @Builtin(name = "excepthook", parameterNames = {"exctype", "value", "traceback"}, minNumOfPositionalArgs = 3)
    abstract static class ExceptHookNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object type, Object value, @SuppressWarnings("unused") Object traceback) {
            ThreadInterrupts.printException(this, type, value);
            return PNone.NONE;
        }
    }
}
