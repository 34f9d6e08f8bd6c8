package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code BaseException}: the constructor every built-in exception class inherits. */
public final class BaseExceptionBuiltins {

    private BaseExceptionBuiltins() {
    }

    @Builtin(name = "BaseException", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.BASE_EXCEPTION)
    abstract static class BaseExceptionNode extends PythonBinaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        static PBaseException doCreate(PythonClass cls, PTuple args) {
            return new PBaseException(cls, args);
        }
    }
}
