package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code type}: calling it with one argument gives the argument's class (class creation comes with classes). */
public final class TypeBuiltins {

    private TypeBuiltins() {
    }

    @Builtin(name = "type", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.TYPE)
    abstract static class TypeNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doType(@SuppressWarnings("unused") Object cls, PTuple args, @Cached GetClassNode getClass) {
            if (args.length() != 1) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.TYPE_TAKES_1_OR_3_ARGUMENTS);
            }
            return getClass.execute(args.getItems()[0]);
        }
    }
}
