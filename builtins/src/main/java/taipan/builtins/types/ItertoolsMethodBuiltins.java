package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.itertools.PChain;
import taipan.runtime.itertools.PTee;
import taipan.runtime.type.BuiltinType;

/** Methods particular to one {@code itertools} class: {@code chain.from_iterable} and {@code _tee.__copy__}. */
@CoreFunctions(extendClasses = {BuiltinType.ITERTOOLS_CHAIN, BuiltinType.ITERTOOLS_TEE})
public final class ItertoolsMethodBuiltins {

    private ItertoolsMethodBuiltins() {
    }

    /** The class method {@code chain.from_iterable(iterables)}: reads the iterables lazily. */
    @Builtin(name = "from_iterable", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 2, classMethod = true)
    abstract static class FromIterableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static PChain doCreate(@SuppressWarnings("unused") Object cls, Object iterable, @Cached PyObjectGetIterNode getIter) {
            return new PChain(getIter.execute(iterable), null);
        }
    }

    @Builtin(name = "__copy__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PTee doCopy(PTee self) {
            return self.copy();
        }
    }
}
