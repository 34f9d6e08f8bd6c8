package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorCloseNode;
import taipan.nodes.generator.GeneratorResumeNode;
import taipan.runtime.generator.PCoroutine;
import taipan.runtime.generator.PCoroutineWrapper;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * send, throw and close of coroutines ({@code coro_methods}) and of the {@code coroutine_wrapper} iterator that
 * {@code __await__()} returns, which forwards them to its coroutine.
 */
@CoreFunctions(extendClasses = {BuiltinType.COROUTINE, BuiltinType.COROUTINE_WRAPPER})
public final class CoroutineBuiltins {

    private CoroutineBuiltins() {
    }

    static PCoroutine coroutine(Object self) {
        return self instanceof PCoroutineWrapper w ? w.getCoroutine() : (PCoroutine) self;
    }

    @Builtin(name = "send", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doSend(Object self, Object value, @Cached GeneratorResumeNode resume) {
            return GeneratorBuiltins.send(this, resume, coroutine(self), value);
        }
    }

    @Builtin(name = "throw", parameterNames = {"self", "typ", "val", "tb"}, minNumOfPositionalArgs = 2)
    abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doThrow(Object self, Object type, Object value, @SuppressWarnings("unused") Object tb,
                        @Cached GeneratorResumeNode resume) {
            PCoroutine coroutine = coroutine(self);
            return GeneratorBuiltins.yielded(this, coroutine,
                            resume.execute(coroutine, PNone.NONE, GeneratorBuiltins.exception(this, type, value)));
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClose(Object self, @Cached GeneratorCloseNode close) {
            return close.execute(coroutine(self));
        }
    }
}
