package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code sys.audit}: no audit hooks are ever installed, so raising an event only checks its name (pickle raises some). */
@CoreFunctions(defineModule = "sys")
public final class SysAuditBuiltins {

    private SysAuditBuiltins() {
    }

    @Builtin(name = "audit", parameterNames = "event", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class AuditNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object event, @SuppressWarnings("unused") Object args) {
            if (!(event instanceof TruffleString)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "expected str for argument 'event', not %s",
                                PythonErrors.typeName(this, event));
            }
            return PNone.NONE;
        }
    }
}
