package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorResumeNode;
import taipan.runtime.generator.PCoroutineWrapper;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The iterator protocol of {@code coroutine_wrapper}: {@code next()} sends None into the coroutine. */
@CoreFunctions(extendClasses = BuiltinType.COROUTINE_WRAPPER)
public final class CoroutineWrapperBuiltins {

    private CoroutineWrapperBuiltins() {
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(PCoroutineWrapper self, @Cached GeneratorResumeNode resume) {
            return GeneratorBuiltins.yielded(this, self.getCoroutine(),
                            resume.execute(self.getCoroutine(), PNone.NONE, null));
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(PCoroutineWrapper self) {
            return self;
        }
    }
}
