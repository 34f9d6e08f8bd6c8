package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code typing.NoDefault}'s repr and pickling by name. */
@CoreFunctions(extendClasses = BuiltinType.NO_DEFAULT_TYPE)
public final class NoDefaultBuiltins {

    private NoDefaultBuiltins() {
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object self) {
            return PyStrings.of("typing.NoDefault");
        }
    }

    @Builtin(name = "__reduce__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object self) {
            return PyStrings.of("NoDefault");
        }
    }
}
