package taipan.builtins.functions;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.LoopNode;
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

    @Builtin(name = "sum", parameterNames = {"iterable", "start"}, minNumOfPositionalArgs = 1, positionalOnly = false,
                    positionalOnlyCount = 1, splitPerCallSite = true)
    abstract static class SumNode extends PythonBinaryBuiltinNode {

        private static final int LONGS = 0;
        private static final int DOUBLES = 1;
        private static final int OBJECTS = 2;

        /**
         * One loop with one {@code next} call site (each call site inlines the iterator's body, a generator's
         * included): an int fast path while the sum is an int, a float path with Neumaier's compensation (as
         * CPython 3.12+) while it is a float, generic addition otherwise.
         */
        @Specialization
        Object doSum(Object iterable, Object start,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached PyNumberAddNode add) {
            Object result = initial(start);
            Object iterator = getIter.execute(iterable);
            int kind = result instanceof Long ? LONGS : OBJECTS;
            long longSum = kind == LONGS ? (Long) result : 0L;
            double sum = 0.0;
            double c = 0.0;
            int count = 0;
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                count++;
                if (kind == LONGS) {
                    if (item instanceof Long v) {
                        long r = longSum + v;
                        if (((longSum ^ r) & (v ^ r)) >= 0) {
                            longSum = r;
                            continue;
                        }
                    }
                    result = longSum; // overflow or not an int: carry on with objects
                    kind = OBJECTS;
                }
                if (kind == OBJECTS && result instanceof Double d && (item instanceof Double || item instanceof Long)) {
                    kind = DOUBLES;
                    sum = d;
                    c = 0.0;
                }
                if (kind == DOUBLES) {
                    if (item instanceof Double xd) {
                        double x = xd;
                        double t = sum + x;
                        c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
                        sum = t;
                        continue;
                    } else if (item instanceof Long l) {
                        sum += (double) (long) l;
                        continue;
                    }
                    result = compensated(sum, c);
                    kind = OBJECTS;
                }
                result = add.execute(result, item);
            }
            // The loop counts towards compiling sum: it runs once per call, but over many items.
            LoopNode.reportLoopCount(this, count);
            return kind == LONGS ? (Object) longSum : kind == DOUBLES ? (Object) compensated(sum, c) : result;
        }

        private Object initial(Object start) {
            if (start instanceof TruffleString) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
            } else if (start instanceof taipan.runtime.bytes.PBytes) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "sum() can't sum bytes [use b''.join(seq) instead]");
            } else if (start instanceof taipan.runtime.bytes.PByteArray) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "sum() can't sum bytearray [use b''.join(seq) instead]");
            }
            return start == PNone.NO_VALUE ? (Object) 0L : start;
        }

        private static double compensated(double sum, double c) {
            return c != 0.0 && Double.isFinite(c) ? sum + c : sum;
        }
    }

    @Builtin(name = "any", parameterNames = "iterable", minNumOfPositionalArgs = 1, splitPerCallSite = true)
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

    @Builtin(name = "all", parameterNames = "iterable", minNumOfPositionalArgs = 1, splitPerCallSite = true)
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
