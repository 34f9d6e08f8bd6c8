package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.generator.PCoroutine;
import taipan.runtime.generator.PCoroutineWrapper;
import taipan.runtime.type.BuiltinType;

/** {@code coroutine.__await__()}: a new {@code coroutine_wrapper} iterator over the coroutine. */
@CoreFunctions(extendClasses = BuiltinType.COROUTINE)
public final class CoroutineAwaitBuiltins {

    private CoroutineAwaitBuiltins() {
    }

    @Builtin(name = "__await__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AwaitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAwait(PCoroutine self) {
            return new PCoroutineWrapper(self);
        }
    }
}
