package taipan.builtins.functions;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.PyNumberAddNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The built-ins that fold an iterable into one value: {@code sum}, {@code any}, {@code all} (bltinmodule.c). */
public final class ReductionBuiltins {

    private ReductionBuiltins() {
    }

    @Builtin(name = "sum", parameterNames = {"iterable", "start"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class SumNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doSum(Object iterable, Object start,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached PyNumberAddNode add) {
            Object result = start == PNone.NO_VALUE ? (Object) 0L : start;
            if (result instanceof TruffleString) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            Object iterator = getIter.execute(iterable);
            Object item = next.execute(iterator);
            if (result instanceof Long l) {
                long sum = l;
                for (; item instanceof Long v; item = next.execute(iterator)) {
                    long r = sum + v;
                    if (((sum ^ r) & (v ^ r)) < 0) {
                        break; // overflow: carry on with int objects
                    }
                    sum = r;
                }
                result = sum;
            }
            return sumRest(result, item, iterator, next, add);
        }

        /** The float fast path with Neumaier's compensation (as CPython 3.12+), then generic addition. */
        private static Object sumRest(Object start, Object first, Object iterator, PyIterNextNode next,
                        PyNumberAddNode add) {
            Object result = start;
            Object item = first;
            while (item != PyIterNextNode.EXHAUSTED) {
                if (result instanceof Double d && (item instanceof Double || item instanceof Long)) {
                    double sum = d;
                    double c = 0.0;
                    for (; item instanceof Double || item instanceof Long; item = next.execute(iterator)) {
                        if (item instanceof Double xd) {
                            double x = xd;
                            double t = sum + x;
                            c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
                            sum = t;
                        } else {
                            sum += (double) (long) (Long) item;
                        }
                    }
                    result = c != 0.0 && Double.isFinite(c) ? sum + c : sum;
                    continue;
                }
                result = add.execute(result, item);
                item = next.execute(iterator);
            }
            return result;
        }
    }

    @Builtin(name = "any", parameterNames = "iterable", minNumOfPositionalArgs = 1)
    abstract static class AnyNode extends PythonUnaryBuiltinNode {

        @Specialization
        static boolean doAny(Object iterable, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next,
                        @Cached PyObjectIsTrueNode isTrue) {
            Object iterator = getIter.execute(iterable);
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                if (isTrue.execute(item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "all", parameterNames = "iterable", minNumOfPositionalArgs = 1)
    abstract static class AllNode extends PythonUnaryBuiltinNode {

        @Specialization
        static boolean doAll(Object iterable, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next,
                        @Cached PyObjectIsTrueNode isTrue) {
            Object iterator = getIter.execute(iterable);
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                if (!isTrue.execute(item)) {
                    return false;
                }
            }
            return true;
        }
    }
}
