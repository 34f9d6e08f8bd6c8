package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorCloseNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.nodes.generator.GeneratorResumeNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The generator type's methods: CPython's {@code gen_methods} (send, throw, close) and the iterator protocol. */
@CoreFunctions(extendClasses = BuiltinType.GENERATOR)
public final class GeneratorBuiltins {

    private GeneratorBuiltins() {
    }

    /** The body's result: the yielded value, or {@code StopIteration(return value)} once it returned. */
    static Object yielded(Node node, PGenerator generator, Object result) {
        if (result == PyIterNextNode.EXHAUSTED) {
            throw GeneratorErrors.stopIteration(node, generator.getReturnValue());
        }
        return result;
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(PGenerator self, @Cached GeneratorResumeNode resume) {
            return yielded(this, self, resume.execute(self, PNone.NONE, null));
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(PGenerator self) {
            return self;
        }
    }

    @Builtin(name = "send", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doSend(PGenerator self, Object value, @Cached GeneratorResumeNode resume) {
            return send(this, resume, self, value);
        }
    }

    /** {@code send(value)}: CPython's {@code gen_send}, for generators and coroutines alike. */
    static Object send(Node node, GeneratorResumeNode resume, PGenerator self, Object value) {
        if (!self.isStarted() && value != PNone.NONE && !self.isFinished()) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "can't send non-None value to a just-started %s",
                            self.kindName());
        }
        return yielded(node, self, resume.execute(self, value, null));
    }

    @Builtin(name = "throw", parameterNames = {"self", "typ", "val", "tb"}, minNumOfPositionalArgs = 2)
    abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doThrow(PGenerator self, Object type, Object value, @SuppressWarnings("unused") Object tb,
                        @Cached GeneratorResumeNode resume) {
            return yielded(this, self, resume.execute(self, PNone.NONE, exception(this, type, value)));
        }
    }

    /** CPython's {@code _gen_throw} normalisation: an instance, or a class called with the value. */
    static PException exception(Node node, Object type, Object value) {
        if (type instanceof PBaseException instance) {
            if (value != PNone.NO_VALUE && value != PNone.NONE) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                                "instance exception may not have a separate value");
            }
            return new PException(instance, node);
        }
        PythonClass base = TaipanLanguage.get(node).getBuiltinClass(BuiltinType.BASE_EXCEPTION);
        if (type instanceof PythonClass cls && cls.isSubclassOf(base)) {
            if (value instanceof PBaseException instance) {
                return new PException(instance, node);
            }
            Object[] args = value == PNone.NO_VALUE || value == PNone.NONE ? new Object[0] : new Object[]{value};
            return new PException(new PBaseException(cls, new PTuple(args)), node);
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                        "exceptions must be classes or instances deriving from BaseException, not %s",
                        PythonErrors.typeName(node, type));
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClose(PGenerator self, @Cached GeneratorCloseNode close) {
            return close.execute(self);
        }
    }
}
