package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.BuiltinType;

/**
 * {@code sys.audit} and {@code sys.addaudithook} (PEP 578): the hooks of each context, called in the order they were
 * added with the event name and its argument tuple. Taipan itself raises no events beyond those Python code audits.
 */
@CoreFunctions(defineModule = "sys")
public final class SysAuditBuiltins {
    private static final Map<PythonContext, List<Object>> HOOKS = Collections.synchronizedMap(new WeakHashMap<>());

    private SysAuditBuiltins() {
    }

    @Builtin(name = "addaudithook", parameterNames = "hook", minNumOfPositionalArgs = 1)
    abstract static class AddAuditHookNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            List<Object> hooks = HOOKS.computeIfAbsent(PythonContext.get(this), k -> new ArrayList<>());
            synchronized (hooks) {
                hooks.add(arguments[0]);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "audit", parameterNames = "event", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class AuditNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!(arguments[0] instanceof TruffleString)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "expected str for argument 'event', not %s",
                                PythonErrors.typeName(this, arguments[0]));
            }
            List<Object> hooks = HOOKS.get(PythonContext.get(this));
            if (hooks == null) {
                return PNone.NONE;
            }
            Object[] snapshot;
            synchronized (hooks) {
                snapshot = hooks.toArray();
            }
            for (Object hook : snapshot) {
                UncachedCalls.call(hook, arguments[0], arguments[1]);
            }
            return PNone.NONE;
        }
    }
}
