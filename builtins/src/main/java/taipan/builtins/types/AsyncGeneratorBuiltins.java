package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonThreadState;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.generator.PAsyncGenASend;
import taipan.runtime.generator.PAsyncGenAThrow;
import taipan.runtime.generator.PAsyncGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.BuiltinType;

/**
 * The async generator type's methods ({@code async_gen_methods}): each of {@code __anext__}, {@code asend},
 * {@code athrow} and {@code aclose} returns an awaitable that drives the body when awaited.
 */
@CoreFunctions(extendClasses = BuiltinType.ASYNC_GENERATOR)
public final class AsyncGeneratorBuiltins {

    private AsyncGeneratorBuiltins() {
    }

    /**
     * CPython's {@code async_gen_init_hooks}: the first time an awaitable is asked of the generator, it keeps the
     * thread's finalizer hook and is passed to its {@code firstiter} hook (how an event loop tracks it).
     */
    static PAsyncGenerator initHooks(Node node, PAsyncGenerator gen) {
        if (gen.initializeHooks()) {
            return gen;
        }
        PythonThreadState state = TaipanLanguage.get(node).threadState();
        gen.setFinalizer(state.getAsyncgenFinalizer());
        if (state.getAsyncgenFirstiter() != null) {
            UncachedCalls.call(state.getAsyncgenFirstiter(), gen);
        }
        return gen;
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
        Object doAnext(PAsyncGenerator self) {
            return new PAsyncGenASend(initHooks(this, self), PNone.NONE);
        }
    }

    @Builtin(name = "asend", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class AsendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAsend(PAsyncGenerator self, Object value) {
            return new PAsyncGenASend(initHooks(this, self), value);
        }
    }

    @Builtin(name = "athrow", parameterNames = {"self", "typ", "val", "tb"}, minNumOfPositionalArgs = 2)
    abstract static class AthrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doAthrow(PAsyncGenerator self, Object type, Object value, @SuppressWarnings("unused") Object tb) {
            return new PAsyncGenAThrow(initHooks(this, self), GeneratorBuiltins.exception(this, type, value));
        }
    }

    @Builtin(name = "aclose", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AcloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doAclose(PAsyncGenerator self) {
            return new PAsyncGenAThrow(initHooks(this, self), null);
        }
    }
}
