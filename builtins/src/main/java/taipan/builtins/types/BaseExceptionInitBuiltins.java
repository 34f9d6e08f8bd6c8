package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code BaseException.__init__}, which a user exception's {@code __init__} reaches through {@code super()}. */
@CoreFunctions(extendClasses = BuiltinType.BASE_EXCEPTION)
public final class BaseExceptionInitBuiltins {

    private BaseExceptionInitBuiltins() {
    }

    /** Sets {@code args}; keyword arguments are refused with the instance's type name, as CPython does. */
    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class InitNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doInit(PBaseException self, PTuple args, Object kwargs) {
            if (kwargs instanceof PDict d && d.getStorage().length(TaipanLanguage.get(this).threadingMode()) > 0) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s() takes no keyword arguments",
                                self.getType().getName());
            }
            self.setArgs(args);
            return PNone.NONE;
        }
    }
}
