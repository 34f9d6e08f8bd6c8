package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.PythonTypeSystem;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The body of {@code min()} and {@code max()} (CPython's {@code min_max}); they differ in the comparison. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class MinMaxNode extends Node {

    private final String name;
    private final ComparisonOp better;

    protected MinMaxNode(String name, ComparisonOp better) {
        this.name = name;
        this.better = better;
    }

    public static MinMaxNode create(String name, ComparisonOp better) {
        return MinMaxNodeGen.create(name, better);
    }

    /** Arguments as bound for {@code min(*args, key=, default=)}. */
    public abstract Object execute(Object args, Object key, Object defaultValue);

    protected final String name() {
        return name;
    }

    protected final ComparisonOp better() {
        return better;
    }

    @Specialization
    Object doMinMax(Object argsObject, Object key, Object defaultValue,
                    @Cached("create(better())") PyObjectRichCompareNode compare,
                    @Cached PyObjectIsTrueNode isTrue,
                    @Cached CallDispatchNode callKey,
                    @Cached PyObjectGetIterNode getIter,
                    @Cached PyIterNextNode next) {
        Object[] args = ((PTuple) argsObject).getItems();
        if (args.length == 0) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.EXPECTED_AT_LEAST_ONE_ARGUMENT,
                            name());
        }
        if (args.length > 1 && defaultValue != PNone.NO_VALUE) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "Cannot specify a default for %s() with multiple positional arguments", name());
        }
        Object[] items = args.length > 1 ? args : iterate(args[0], getIter, next);
        if (items.length == 0) {
            if (defaultValue != PNone.NO_VALUE) {
                return defaultValue;
            }
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.ARG_IS_EMPTY_SEQUENCE, name());
        }
        boolean hasKey = key != PNone.NO_VALUE && key != PNone.NONE;
        Object best = items[0];
        Object bestKey = hasKey ? callKey.execute(key, new Object[]{best}, new Object[0]) : best;
        for (int i = 1; i < items.length; i++) {
            Object k = hasKey ? callKey.execute(key, new Object[]{items[i]}, new Object[0]) : items[i];
            if (isTrue.execute(compare.execute(k, bestKey))) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    /** The items of the single iterable argument, through the iterator protocol. */
    private static Object[] iterate(Object iterable, PyObjectGetIterNode getIter, PyIterNextNode next) {
        Object iterator = getIter.execute(iterable);
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            add(items, item);
        }
        return toArray(items);
    }

    @TruffleBoundary
    private static void add(java.util.ArrayList<Object> items, Object item) {
        items.add(item);
    }

    @TruffleBoundary
    private static Object[] toArray(java.util.ArrayList<Object> items) {
        return items.toArray();
    }
}
