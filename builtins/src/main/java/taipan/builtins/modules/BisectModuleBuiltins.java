package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectGetItemNode;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The {@code _bisect} module (CPython's {@code Modules/_bisectmodule.c}): binary search in sorted sequences, with {@code key=}. */
@CoreFunctions(defineModule = "_bisect")
public final class BisectModuleBuiltins {

    private static final Object[] NO_ARGS = new Object[0];

    private BisectModuleBuiltins() {
    }

    static long length(Node node, Object sequence) {
        if (sequence instanceof PList list) {
            return list.getStorage().length(DequeBuiltins.mode(node));
        } else if (sequence instanceof PTuple tuple) {
            return tuple.length();
        } else if (sequence instanceof com.oracle.truffle.api.strings.TruffleString str) {
            return str.codePointLengthUncached(taipan.runtime.str.PyStrings.ENCODING);
        } else if (sequence instanceof taipan.runtime.iterator.PRange range) {
            return range.length();
        }
        Object result = SpecialMethods.callUncached(node, sequence, "__len__", NO_ARGS);
        if (result == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "object of type '%s' has no len()",
                            PythonErrors.typeName(node, sequence));
        }
        return NumberArgs.asLong(node, result);
    }

    /** The shared search: {@code args} is (a, x, lo, hi, key) as bound; {@code right} for bisect_right. */
    static long search(Node node, Object[] args, boolean right, PyObjectGetItemNode getItem, CallDispatchNode callKey,
                    PyObjectRichCompareNode lessThan, PyObjectIsTrueNode isTrue) {
        Object a = args[0];
        Object x = args[1];
        if (x == PNone.NO_VALUE) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() missing required argument 'x' (pos 2)",
                            right ? "bisect_right" : "bisect_left");
        }
        long lo = args[2] == PNone.NO_VALUE ? 0 : NumberArgs.asLong(node, args[2]);
        if (lo < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "lo must be non-negative");
        }
        long hi = args[3] == PNone.NO_VALUE || args[3] == PNone.NONE ? length(node, a) : NumberArgs.asLong(node, args[3]);
        Object key = args[4] == PNone.NO_VALUE || args[4] == PNone.NONE ? null : args[4];
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = getItem.execute(a, mid);
            if (key != null) {
                item = callKey.execute(key, new Object[]{item}, NO_ARGS);
            }
            boolean goLeft = right ? isTrue.execute(lessThan.execute(x, item)) : !isTrue.execute(lessThan.execute(item, x));
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** insort: x goes in at the index found for key(x); a list inserts directly, anything else by its insert(). */
    static Object insort(Node node, Object[] args, boolean right, PyObjectGetItemNode getItem, CallDispatchNode callKey,
                    PyObjectRichCompareNode lessThan, PyObjectIsTrueNode isTrue) {
        Object x = args[1];
        Object[] searchArgs = args.clone();
        if (args[4] != PNone.NO_VALUE && args[4] != PNone.NONE) {
            searchArgs[1] = callKey.execute(args[4], new Object[]{x}, NO_ARGS);
        }
        long index = search(node, searchArgs, right, getItem, callKey, lessThan, isTrue);
        if (args[0] instanceof PList list) {
            list.getStorage().insert(DequeBuiltins.mode(node), index, x);
        } else {
            SlowCall.call(node, ObjectAttributes.getAttribute(node, args[0], "insert"), new Object[]{index, x});
        }
        return PNone.NONE;
    }

    @Builtin(name = "bisect_right", parameterNames = {"a", "x", "lo", "hi"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, keywordOnlyNames = "key")
    abstract static class BisectRightNode extends PythonVarargsBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doSearch(Object[] args, @Cached PyObjectGetItemNode getItem, @Cached CallDispatchNode callKey,
                        @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            return search(this, args, true, getItem, callKey, lessThan, isTrue);
        }
    }

    @Builtin(name = "bisect_left", parameterNames = {"a", "x", "lo", "hi"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, keywordOnlyNames = "key")
    abstract static class BisectLeftNode extends PythonVarargsBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doSearch(Object[] args, @Cached PyObjectGetItemNode getItem, @Cached CallDispatchNode callKey,
                        @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            return search(this, args, false, getItem, callKey, lessThan, isTrue);
        }
    }

    @Builtin(name = "insort_right", parameterNames = {"a", "x", "lo", "hi"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, keywordOnlyNames = "key")
    abstract static class InsortRightNode extends PythonVarargsBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doInsort(Object[] args, @Cached PyObjectGetItemNode getItem, @Cached CallDispatchNode callKey,
                        @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            return insort(this, args, true, getItem, callKey, lessThan, isTrue);
        }
    }

    @Builtin(name = "insort_left", parameterNames = {"a", "x", "lo", "hi"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, keywordOnlyNames = "key")
    abstract static class InsortLeftNode extends PythonVarargsBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doInsort(Object[] args, @Cached PyObjectGetItemNode getItem, @Cached CallDispatchNode callKey,
                        @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            return insort(this, args, false, getItem, callKey, lessThan, isTrue);
        }
    }
}
