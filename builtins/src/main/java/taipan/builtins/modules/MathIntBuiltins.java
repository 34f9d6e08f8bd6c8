package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.PyNumberAddNode;
import taipan.nodes.expression.PyNumberMultiplyNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.math.IntFunctions;
import taipan.runtime.math.Products;
import taipan.runtime.math.VectorNorm;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The {@code math} module's int functions and its functions over sequences (prod, sumprod, hypot, dist). */
@CoreFunctions(defineModule = "math")
public final class MathIntBuiltins {

    private MathIntBuiltins() {
    }

    @Builtin(name = "factorial", parameterNames = "n", minNumOfPositionalArgs = 1)
    abstract static class FactorialNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object n) {
            try {
                return IntFunctions.factorial(NumberArgs.index(this, n));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "isqrt", parameterNames = "n", minNumOfPositionalArgs = 1)
    abstract static class IsqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object n) {
            try {
                return IntFunctions.isqrt(NumberArgs.index(this, n));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "comb", parameterNames = {"n", "k"}, minNumOfPositionalArgs = 2)
    abstract static class CombNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object n, Object k) {
            try {
                return IntFunctions.comb(NumberArgs.index(this, n), NumberArgs.index(this, k));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "perm", parameterNames = {"n", "k"}, minNumOfPositionalArgs = 1)
    abstract static class PermNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object n, Object k) {
            try {
                if (k == PNone.NO_VALUE || k == PNone.NONE) {
                    return IntFunctions.perm(NumberArgs.index(this, n));
                }
                return IntFunctions.perm(NumberArgs.index(this, n), NumberArgs.index(this, k));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "gcd", takesVarArgs = true)
    abstract static class GcdNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object args) {
            return IntFunctions.gcd(indices(this, args));
        }
    }

    @Builtin(name = "lcm", takesVarArgs = true)
    abstract static class LcmNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object args) {
            return IntFunctions.lcm(indices(this, args));
        }
    }

    static Object[] indices(Node node, Object args) {
        Object[] items = ((PTuple) args).getItems();
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = NumberArgs.index(node, items[i]);
        }
        return values;
    }

    @Builtin(name = "prod", parameterNames = "iterable", minNumOfPositionalArgs = 1, keywordOnlyNames = "start")
    abstract static class ProdNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object iterable, Object start, @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next, @Cached PyNumberMultiplyNode multiply) {
            Object result = start == PNone.NO_VALUE ? (Object) 1L : start;
            Object iterator = getIter.execute(iterable);
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                result = multiply.execute(result, item);
            }
            return result;
        }
    }

    @Builtin(name = "sumprod", parameterNames = {"p", "q"}, minNumOfPositionalArgs = 2)
    abstract static class SumProdNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object p, Object q, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next,
                        @Cached PyNumberMultiplyNode multiply, @Cached PyNumberAddNode add) {
            Object[] a = items(p, getIter, next);
            Object[] b = items(q, getIter, next);
            if (allNumbers(a) && allNumbers(b)) {
                try {
                    return Products.sumprod(a, b); // exact for ints, extended precision for floats
                } catch (FormatError e) {
                    throw MathArgs.raise(this, e);
                }
            } else if (a.length != b.length) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "Inputs are not the same length");
            }
            Object total = 0L;
            for (int i = 0; i < a.length; i++) {
                total = add.execute(total, multiply.execute(a[i], b[i]));
            }
            return total;
        }

        private static boolean allNumbers(Object[] values) {
            for (Object v : values) {
                if (!(v instanceof Double) && !MathArgs.isInteger(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "hypot", takesVarArgs = true)
    abstract static class HypotNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object args) {
            return hypot(doubles(this, ((PTuple) args).getItems()));
        }

        @TruffleBoundary
        private static double hypot(double[] coordinates) {
            return VectorNorm.hypot(coordinates);
        }
    }

    @Builtin(name = "dist", parameterNames = {"p", "q"}, minNumOfPositionalArgs = 2)
    abstract static class DistNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object p, Object q, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            if (!(p instanceof PTuple) && !(p instanceof taipan.runtime.object.PList)
                            || !(q instanceof PTuple) && !(q instanceof taipan.runtime.object.PList)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "dist(): argument 1 must be tuple, not %s",
                                PythonErrors.typeName(this, p instanceof PTuple ? q : p));
            }
            double[] a = doubles(this, items(p, getIter, next));
            double[] b = doubles(this, items(q, getIter, next));
            if (a.length != b.length) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "both points must have the same number of dimensions");
            }
            return dist(a, b);
        }

        @TruffleBoundary
        private static double dist(double[] a, double[] b) {
            return VectorNorm.dist(a, b);
        }
    }

    static double[] doubles(Node node, Object[] items) {
        double[] values = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = MathArgs.toDouble(node, items[i]);
        }
        return values;
    }

    static Object[] items(Object iterable, PyObjectGetIterNode getIter, PyIterNextNode next) {
        Object iterator = getIter.execute(iterable);
        Object[] items = new Object[8];
        int n = 0;
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            if (n == items.length) {
                items = java.util.Arrays.copyOf(items, n * 2);
            }
            items[n++] = item;
        }
        return java.util.Arrays.copyOf(items, n);
    }
}
