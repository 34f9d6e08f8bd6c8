package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code BaseException.__init__}, which a user exception's {@code __init__} reaches through {@code super()}. */
@CoreFunctions(extendClasses = BuiltinType.BASE_EXCEPTION)
public final class BaseExceptionInitBuiltins {

    private BaseExceptionInitBuiltins() {
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class InitNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doInit(PBaseException self, PTuple args) {
            self.setArgs(args);
            return PNone.NONE;
        }
    }
}
