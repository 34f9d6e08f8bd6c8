package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * The iterator protocol of the core built-in iterators as attributes ({@code it.__next__} is what
 * {@code heapq.merge} keeps): {@code __iter__} returns the iterator, {@code __next__} steps it or raises
 * StopIteration. {@code next()} and {@code for} reach the same stepping through their own nodes.
 */
@CoreFunctions(extendClasses = {BuiltinType.LIST_ITERATOR, BuiltinType.LIST_REVERSE_ITERATOR, BuiltinType.TUPLE_ITERATOR,
                BuiltinType.RANGE_ITERATOR, BuiltinType.STR_ITERATOR, BuiltinType.BYTES_ITERATOR,
                BuiltinType.BYTEARRAY_ITERATOR, BuiltinType.SET_ITERATOR, BuiltinType.DICT_KEY_ITERATOR,
                BuiltinType.DICT_VALUE_ITERATOR, BuiltinType.DICT_ITEM_ITERATOR, BuiltinType.DICT_REVERSE_KEY_ITERATOR,
                BuiltinType.ENUMERATE, BuiltinType.ZIP, BuiltinType.MAP, BuiltinType.FILTER, BuiltinType.REVERSED,
                BuiltinType.CALLABLE_ITERATOR, BuiltinType.ITERATOR})
public final class IteratorDunderBuiltins {

    private IteratorDunderBuiltins() {
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(Object self, @Cached PyIterNextNode next) {
            Object item = next.execute(self);
            if (item == PyIterNextNode.EXHAUSTED) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return item;
        }
    }
}
