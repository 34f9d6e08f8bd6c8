package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.itertools.PAccumulate;
import taipan.runtime.itertools.PBatched;
import taipan.runtime.itertools.PChain;
import taipan.runtime.itertools.PCompress;
import taipan.runtime.itertools.PCount;
import taipan.runtime.itertools.PCycle;
import taipan.runtime.itertools.PDropWhile;
import taipan.runtime.itertools.PFilterFalse;
import taipan.runtime.itertools.PGroupBy;
import taipan.runtime.itertools.PPairwise;
import taipan.runtime.itertools.PRepeat;
import taipan.runtime.itertools.PStarmap;
import taipan.runtime.itertools.PTakeWhile;
import taipan.runtime.itertools.PTee;
import taipan.runtime.math.Complex;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code itertools} module (CPython's {@code Modules/itertoolsmodule.c}): the constructors of its lazy
 * iterators and {@code tee}. The iterators advance in {@code ItertoolsNextNode}; {@code islice},
 * {@code zip_longest} and the combinatoric ones are in {@link ItertoolsSliceBuiltins}.
 */
@CoreFunctions(defineModule = "itertools")
public final class ItertoolsModuleBuiltins {

    private ItertoolsModuleBuiltins() {
    }

    /** CPython's {@code PyNumber_Check}, which {@code count} asks of its arguments. */
    static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger || value instanceof Boolean
                        || value instanceof Double || value instanceof Complex || value instanceof PythonObject;
    }

    static boolean given(Object value) {
        return value != PNone.NO_VALUE;
    }

    /** A required argument CPython's argument clinic checks itself, with its wording. */
    static void require(Node node, Object value, String function, String name, int position) {
        if (value == PNone.NO_VALUE) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() missing required argument '%s' (pos %d)",
                            function, name, position);
        }
    }

    @Builtin(name = "count", parameterNames = {"cls", "start", "step"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.ITERTOOLS_COUNT)
    abstract static class CountNode extends PythonTernaryBuiltinNode {
        @Specialization
        PCount doCreate(@SuppressWarnings("unused") Object cls, Object start, Object step) {
            Object first = given(start) ? start : (Object) 0L;
            Object increment = given(step) ? step : (Object) 1L;
            if (!isNumber(first) || !isNumber(increment)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "a number is required");
            }
            return new PCount(first instanceof Boolean b ? (Object) (b ? 1L : 0L) : first, increment);
        }
    }

    @Builtin(name = "cycle", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.ITERTOOLS_CYCLE)
    abstract static class CycleNode extends PythonBinaryBuiltinNode {
        @Specialization
        static PCycle doCreate(@SuppressWarnings("unused") Object cls, Object iterable, @Cached PyObjectGetIterNode getIter) {
            return new PCycle(getIter.execute(iterable), new java.util.ArrayList<>(), 0, false);
        }
    }

    @Builtin(name = "repeat", parameterNames = {"cls", "object", "times"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.ITERTOOLS_REPEAT)
    abstract static class RepeatNode extends PythonTernaryBuiltinNode {
        @Specialization
        PRepeat doCreate(@SuppressWarnings("unused") Object cls, Object element, Object times) {
            return new PRepeat(element, given(times) ? Math.max(0, NumberArgs.asLong(this, times)) : -1);
        }
    }

    @Builtin(name = "accumulate", parameterNames = {"cls", "iterable", "func"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, keywordOnlyNames = "initial", constructsClass = BuiltinType.ITERTOOLS_ACCUMULATE)
    abstract static class AccumulateNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static PAccumulate doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object func, Object initial,
                        @Cached PyObjectGetIterNode getIter) {
            Object function = given(func) && func != PNone.NONE ? func : null;
            Object first = given(initial) && initial != PNone.NONE ? initial : null;
            return new PAccumulate(getIter.execute(iterable), function, null, first);
        }
    }

    @Builtin(name = "batched", parameterNames = {"cls", "iterable", "n"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, keywordOnlyNames = "strict", constructsClass = BuiltinType.ITERTOOLS_BATCHED)
    abstract static class BatchedNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        PBatched doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object n, Object strict,
                        @Cached PyObjectGetIterNode getIter, @Cached PyObjectIsTrueNode isTrue) {
            require(this, n, "batched", "n", 2);
            long size = NumberArgs.asLong(this, n);
            if (size < 1) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "n must be at least one");
            }
            return new PBatched(getIter.execute(iterable), size, given(strict) && isTrue.execute(strict));
        }
    }

    @Builtin(name = "chain", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.ITERTOOLS_CHAIN)
    abstract static class ChainNode extends PythonBinaryBuiltinNode {
        @Specialization
        static PChain doCreate(@SuppressWarnings("unused") Object cls, Object iterables, @Cached PyObjectGetIterNode getIter) {
            return new PChain(getIter.execute(iterables), null);
        }
    }

    @Builtin(name = "compress", parameterNames = {"cls", "data", "selectors"}, minNumOfPositionalArgs = 3,
                    positionalOnly = false, constructsClass = BuiltinType.ITERTOOLS_COMPRESS)
    abstract static class CompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        static PCompress doCreate(@SuppressWarnings("unused") Object cls, Object data, Object selectors,
                        @Cached PyObjectGetIterNode getIter) {
            return new PCompress(getIter.execute(data), getIter.execute(selectors));
        }
    }

    @Builtin(name = "dropwhile", parameterNames = {"cls", "predicate", "iterable"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.ITERTOOLS_DROPWHILE)
    abstract static class DropWhileNode extends PythonTernaryBuiltinNode {
        @Specialization
        static PDropWhile doCreate(@SuppressWarnings("unused") Object cls, Object predicate, Object iterable,
                        @Cached PyObjectGetIterNode getIter) {
            return new PDropWhile(predicate, getIter.execute(iterable), false);
        }
    }

    @Builtin(name = "takewhile", parameterNames = {"cls", "predicate", "iterable"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.ITERTOOLS_TAKEWHILE)
    abstract static class TakeWhileNode extends PythonTernaryBuiltinNode {
        @Specialization
        static PTakeWhile doCreate(@SuppressWarnings("unused") Object cls, Object predicate, Object iterable,
                        @Cached PyObjectGetIterNode getIter) {
            return new PTakeWhile(predicate, getIter.execute(iterable), false);
        }
    }

    @Builtin(name = "filterfalse", parameterNames = {"cls", "function", "iterable"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.ITERTOOLS_FILTERFALSE)
    abstract static class FilterFalseNode extends PythonTernaryBuiltinNode {
        @Specialization
        static PFilterFalse doCreate(@SuppressWarnings("unused") Object cls, Object function, Object iterable,
                        @Cached PyObjectGetIterNode getIter) {
            return new PFilterFalse(function == PNone.NONE ? null : function, getIter.execute(iterable));
        }
    }

    @Builtin(name = "starmap", parameterNames = {"cls", "function", "iterable"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.ITERTOOLS_STARMAP)
    abstract static class StarmapNode extends PythonTernaryBuiltinNode {
        @Specialization
        static PStarmap doCreate(@SuppressWarnings("unused") Object cls, Object function, Object iterable,
                        @Cached PyObjectGetIterNode getIter) {
            return new PStarmap(function, getIter.execute(iterable));
        }
    }

    @Builtin(name = "groupby", parameterNames = {"cls", "iterable", "key"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.ITERTOOLS_GROUPBY)
    abstract static class GroupByNode extends PythonTernaryBuiltinNode {
        @Specialization
        static PGroupBy doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object key,
                        @Cached PyObjectGetIterNode getIter) {
            return new PGroupBy(getIter.execute(iterable), given(key) && key != PNone.NONE ? key : null);
        }
    }

    @Builtin(name = "pairwise", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.ITERTOOLS_PAIRWISE)
    abstract static class PairwiseNode extends PythonBinaryBuiltinNode {
        @Specialization
        static PPairwise doCreate(@SuppressWarnings("unused") Object cls, Object iterable, @Cached PyObjectGetIterNode getIter) {
            return new PPairwise(getIter.execute(iterable), null);
        }
    }

    /** {@code tee(iterable, n=2)}: n cursors over one shared buffer (a tee's own copies share its buffer). */
    @Builtin(name = "tee", parameterNames = {"iterable", "n"}, minNumOfPositionalArgs = 1)
    abstract static class TeeNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doTee(Object iterable, Object n, @Cached PyObjectGetIterNode getIter) {
            long count = given(n) ? NumberArgs.asLong(this, n) : 2;
            if (count < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "n must be >= 0");
            }
            Object[] tees = new Object[(int) count];
            if (count > 0) {
                Object iterator = getIter.execute(iterable);
                PTee first = iterator instanceof PTee t ? t.copy() : new PTee(new PTee.Source(iterator), PTee.start());
                tees[0] = first;
                for (int i = 1; i < count; i++) {
                    tees[i] = first.copy();
                }
            }
            return new PTuple(tees);
        }
    }
}
