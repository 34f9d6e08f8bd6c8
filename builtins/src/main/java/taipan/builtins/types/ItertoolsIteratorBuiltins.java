package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.itertools.PItertoolsIterator;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The iterator protocol of every {@code itertools} iterator: {@code __iter__} returns it, {@code __next__} steps it. */
@CoreFunctions(extendClasses = {BuiltinType.ITERTOOLS_COUNT, BuiltinType.ITERTOOLS_CYCLE, BuiltinType.ITERTOOLS_REPEAT, BuiltinType.ITERTOOLS_ACCUMULATE, BuiltinType.ITERTOOLS_BATCHED, BuiltinType.ITERTOOLS_CHAIN, BuiltinType.ITERTOOLS_COMPRESS, BuiltinType.ITERTOOLS_DROPWHILE, BuiltinType.ITERTOOLS_FILTERFALSE, BuiltinType.ITERTOOLS_GROUPBY, BuiltinType.ITERTOOLS_GROUPER, BuiltinType.ITERTOOLS_ISLICE, BuiltinType.ITERTOOLS_PAIRWISE, BuiltinType.ITERTOOLS_STARMAP, BuiltinType.ITERTOOLS_TAKEWHILE, BuiltinType.ITERTOOLS_TEE, BuiltinType.ITERTOOLS_ZIP_LONGEST, BuiltinType.ITERTOOLS_PRODUCT, BuiltinType.ITERTOOLS_PERMUTATIONS, BuiltinType.ITERTOOLS_COMBINATIONS, BuiltinType.ITERTOOLS_COMBINATIONS_WITH_REPLACEMENT})
public final class ItertoolsIteratorBuiltins {

    private ItertoolsIteratorBuiltins() {
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(PItertoolsIterator self) {
            return self;
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(PItertoolsIterator self, @Cached PyIterNextNode next) {
            Object item = next.execute(self);
            if (item == PyIterNextNode.EXHAUSTED) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return item;
        }
    }
}
