package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.generator.PAsyncGenASend;
import taipan.runtime.generator.PAsyncGenAThrow;
import taipan.runtime.generator.PAsyncGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * The async generator type's methods ({@code async_gen_methods}): each of {@code __anext__}, {@code asend},
 * {@code athrow} and {@code aclose} returns an awaitable that drives the body when awaited.
 */
@CoreFunctions(extendClasses = BuiltinType.ASYNC_GENERATOR)
public final class AsyncGeneratorBuiltins {

    private AsyncGeneratorBuiltins() {
    }

    @Builtin(name = "__aiter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AiterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAiter(PAsyncGenerator self) {
            return self;
        }
    }

    @Builtin(name = "__anext__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AnextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAnext(PAsyncGenerator self) {
            return new PAsyncGenASend(self, PNone.NONE);
        }
    }

    @Builtin(name = "asend", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class AsendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doAsend(PAsyncGenerator self, Object value) {
            return new PAsyncGenASend(self, value);
        }
    }

    @Builtin(name = "athrow", parameterNames = {"self", "typ", "val", "tb"}, minNumOfPositionalArgs = 2)
    abstract static class AthrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doAthrow(PAsyncGenerator self, Object type, Object value, @SuppressWarnings("unused") Object tb) {
            return new PAsyncGenAThrow(self, GeneratorBuiltins.exception(this, type, value));
        }
    }

    @Builtin(name = "aclose", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AcloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAclose(PAsyncGenerator self) {
            return new PAsyncGenAThrow(self, null);
        }
    }
}
