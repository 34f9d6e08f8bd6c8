package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.iterator.PySequenceTupleNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.itertools.PCombinations;
import taipan.runtime.itertools.PIslice;
import taipan.runtime.itertools.PPermutations;
import taipan.runtime.itertools.PProduct;
import taipan.runtime.itertools.PZipLongest;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code itertools}' {@code islice}, {@code zip_longest} and combinatoric constructors (argument parsing only). */
@CoreFunctions(defineModule = "itertools")
public final class ItertoolsSliceBuiltins {

    private static final String STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_ERROR = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private ItertoolsSliceBuiltins() {
    }

    /** An islice index: -1 for None, else a non-negative size; ValueError with {@code message} otherwise. */
    static long sliceIndex(Node node, Object value, long ifNone, String message) {
        if (value == PNone.NONE) {
            return ifNone;
        }
        long result;
        try {
            result = NumberArgs.asLong(node, value);
        } catch (PException e) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, message);
        }
        if (result < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, message);
        }
        return result;
    }

    @Builtin(name = "islice", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 2, takesVarArgs = true,
                    constructsClass = BuiltinType.ITERTOOLS_ISLICE)
    abstract static class IsliceNode extends PythonTernaryBuiltinNode {
        @Specialization
        PIslice doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object rest, @Cached PyObjectGetIterNode getIter) {
            Object[] args = ((PTuple) rest).getItems();
            if (args.length == 0 || args.length > 3) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "islice expected %s arguments, got %d",
                                args.length == 0 ? "at least 2" : "at most 4", args.length + 1);
            }
            long start = 0;
            long stop;
            long step = 1;
            if (args.length == 1) {
                stop = sliceIndex(this, args[0], -1, STOP_ERROR);
            } else {
                start = sliceIndex(this, args[0], 0, INDEX_ERROR);
                stop = sliceIndex(this, args[1], -1, STOP_ERROR);
                if (args.length == 3) {
                    step = sliceIndex(this, args[2], 1, "Step for islice() must be a positive integer or None.");
                    if (step == 0) {
                        throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "Step for islice() must be a positive integer or None.");
                    }
                }
            }
            return new PIslice(getIter.execute(iterable), start, stop, step, 0);
        }
    }

    @Builtin(name = "zip_longest", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.ITERTOOLS_ZIP_LONGEST)
    abstract static class ZipLongestNode extends PythonTernaryBuiltinNode {
        @Specialization
        PZipLongest doCreate(@SuppressWarnings("unused") Object cls, Object iterables, Object keywords,
                        @Cached PyObjectGetIterNode getIter) {
            Object fill = fillValue(this, keywords);
            Object[] items = ((PTuple) iterables).getItems();
            Object[] iterators = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                iterators[i] = getIter.execute(items[i]);
            }
            return new PZipLongest(iterators, fill, iterators.length);
        }
    }

    /** zip_longest's only keyword, checked as CPython's {@code zip_longest_new} does (its message names none). */
    @TruffleBoundary
    private static Object fillValue(Node node, Object keywords) {
        if (!(keywords instanceof PDict dict)) {
            return PNone.NONE;
        }
        Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(node).threadingMode());
        if (entries[0].length == 0) {
            return PNone.NONE;
        } else if (entries[0].length > 1 || !(entries[0][0] instanceof TruffleString key) || !key.toJavaStringUncached().equals("fillvalue")) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "zip_longest() got an unexpected keyword argument");
        }
        return entries[1][0];
    }

    @Builtin(name = "product", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    keywordOnlyNames = "repeat", constructsClass = BuiltinType.ITERTOOLS_PRODUCT)
    abstract static class ProductNode extends PythonTernaryBuiltinNode {
        @Specialization
        PProduct doCreate(@SuppressWarnings("unused") Object cls, Object iterables, Object repeat,
                        @Cached PySequenceTupleNode toArray) {
            long times = repeat == PNone.NO_VALUE ? 1 : NumberArgs.asLong(this, repeat);
            if (times < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "repeat argument cannot be negative");
            }
            Object[] items = ((PTuple) iterables).getItems();
            Object[][] distinct = new Object[items.length][];
            for (int i = 0; i < items.length; i++) {
                distinct[i] = toArray.execute(items[i]);
            }
            int count = items.length == 0 ? 0 : (int) Math.min(Math.multiplyHigh(times, items.length) != 0 ? Integer.MAX_VALUE : times * items.length, Integer.MAX_VALUE - 8);
            Object[][] pools = new Object[count][];
            for (int i = 0; i < count; i++) {
                pools[i] = distinct[i % items.length];
            }
            return new PProduct(pools);
        }
    }

    @Builtin(name = "permutations", parameterNames = {"cls", "iterable", "r"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.ITERTOOLS_PERMUTATIONS)
    abstract static class PermutationsNode extends PythonTernaryBuiltinNode {
        @Specialization
        PPermutations doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object r,
                        @Cached PySequenceTupleNode toArray) {
            Object[] pool = toArray.execute(iterable);
            long length = r == PNone.NO_VALUE || r == PNone.NONE ? pool.length : NumberArgs.asLong(this, r);
            if (length < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "r must be non-negative");
            }
            return new PPermutations(pool, (int) Math.min(length, pool.length + 1));
        }
    }

    static PCombinations combinations(Node node, Object[] pool, Object r, String name, boolean withReplacement) {
        ItertoolsModuleBuiltins.require(node, r, name, "r", 2);
        long length = NumberArgs.asLong(node, r);
        if (length < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "r must be non-negative");
        }
        int limit = withReplacement ? (pool.length == 0 ? 1 : Integer.MAX_VALUE - 8) : pool.length + 1;
        return new PCombinations(pool, (int) Math.min(length, limit), withReplacement);
    }

    @Builtin(name = "combinations", parameterNames = {"cls", "iterable", "r"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.ITERTOOLS_COMBINATIONS)
    abstract static class CombinationsNode extends PythonTernaryBuiltinNode {
        @Specialization
        PCombinations doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object r,
                        @Cached PySequenceTupleNode toArray) {
            return combinations(this, toArray.execute(iterable), r, "combinations", false);
        }
    }

    @Builtin(name = "combinations_with_replacement", parameterNames = {"cls", "iterable", "r"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.ITERTOOLS_COMBINATIONS_WITH_REPLACEMENT)
    abstract static class CombinationsWithReplacementNode extends PythonTernaryBuiltinNode {
        @Specialization
        PCombinations doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object r,
                        @Cached PySequenceTupleNode toArray) {
            return combinations(this, toArray.execute(iterable), r, "combinations_with_replacement", true);
        }
    }
}
