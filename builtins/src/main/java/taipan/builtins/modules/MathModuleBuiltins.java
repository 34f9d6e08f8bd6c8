package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.math.FloatFunctions;
import taipan.runtime.math.Fsum;
import taipan.runtime.math.Logarithms;
import taipan.runtime.math.MathConstants;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code math} module (CPython's {@code Modules/mathmodule.c}) beyond the one-argument float functions of
 * {@link MathFloatBuiltins} and the int functions of {@link MathIntBuiltins}: rounding to int, logarithms, the
 * two-argument float functions, frexp/modf, isclose and fsum.
 */
@CoreFunctions(defineModule = "math")
public final class MathModuleBuiltins {

    private MathModuleBuiltins() {
    }

    /** math's constants. */
    public static Map<String, Object> constants() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pi", MathConstants.PI);
        values.put("e", MathConstants.E);
        values.put("tau", MathConstants.TAU);
        values.put("inf", MathConstants.INF);
        values.put("nan", MathConstants.NAN);
        return values;
    }

    @Builtin(name = "floor", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class FloorNode extends RoundingNode {
        @Specialization(guards = "fitsLong(x)")
        static long doDouble(double x) {
            return (long) Math.floor(x);
        }

        @Fallback
        Object doOther(Object x) {
            if (MathArgs.isInteger(x)) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            if (!(x instanceof Double)) {
                Object result = taipan.builtins.functions.NumberProtocols.call(x, "__floor__");
                if (result != null) {
                    return result;
                }
            }
            try {
                return FloatFunctions.floor(MathArgs.toDouble(this, x));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "ceil", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class CeilNode extends RoundingNode {
        @Specialization(guards = "fitsLong(x)")
        static long doDouble(double x) {
            return (long) Math.ceil(x);
        }

        @Fallback
        Object doOther(Object x) {
            if (MathArgs.isInteger(x)) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            if (!(x instanceof Double)) {
                Object result = taipan.builtins.functions.NumberProtocols.call(x, "__ceil__");
                if (result != null) {
                    return result;
                }
            }
            try {
                return FloatFunctions.ceil(MathArgs.toDouble(this, x));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "trunc", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class TruncNode extends RoundingNode {
        @Specialization(guards = "fitsLong(x)")
        static long doDouble(double x) {
            return (long) x;
        }

        @Fallback
        Object doOther(Object x) {
            if (MathArgs.isInteger(x)) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            if (!(x instanceof Double d)) {
                Object result = taipan.builtins.functions.NumberProtocols.call(x, "__trunc__");
                if (result != null) {
                    return result;
                }
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "type %s doesn't define __trunc__ method",
                                PythonErrors.typeName(this, x));
            }
            try {
                return FloatFunctions.trunc(d);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    /** floor, ceil and trunc: a double that fits a long rounds without leaving the fast path. */
    abstract static class RoundingNode extends PythonUnaryBuiltinNode {
        static boolean fitsLong(double x) {
            return x > -0x1p63 && x < 0x1p63;
        }
    }

    @Builtin(name = "log", parameterNames = {"x", "base"}, minNumOfPositionalArgs = 1)
    abstract static class LogNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doLog(Object x, Object base) {
            try {
                double value = log(x);
                return base == PNone.NO_VALUE ? value : Logarithms.divide(value, log(base));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        private double log(Object x) {
            if (MathArgs.isInteger(x)) {
                return Logarithms.log(x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x);
            }
            return Logarithms.log(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "log2", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class Log2Node extends PythonUnaryBuiltinNode {
        @Specialization
        double doLog(Object x) {
            try {
                if (MathArgs.isInteger(x)) {
                    return Logarithms.log2(x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x);
                }
                return Logarithms.log2(MathArgs.toDouble(this, x));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "log10", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class Log10Node extends PythonUnaryBuiltinNode {
        @Specialization
        double doLog(Object x) {
            try {
                if (MathArgs.isInteger(x)) {
                    return Logarithms.log10(x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x);
                }
                return Logarithms.log10(MathArgs.toDouble(this, x));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "atan2", parameterNames = {"y", "x"}, minNumOfPositionalArgs = 2)
    abstract static class Atan2Node extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object y, Object x) {
            try {
                return taipan.runtime.math.Elementary.atan2(MathArgs.toDouble(this, y), MathArgs.toDouble(this, x));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "copysign", parameterNames = {"x", "y"}, minNumOfPositionalArgs = 2)
    abstract static class CopySignNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object x, Object y) {
            return FloatFunctions.copysign(MathArgs.toDouble(this, x), MathArgs.toDouble(this, y));
        }
    }

    @Builtin(name = "fmod", parameterNames = {"x", "y"}, minNumOfPositionalArgs = 2)
    abstract static class FmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object x, Object y) {
            try {
                return FloatFunctions.fmod(MathArgs.toDouble(this, x), MathArgs.toDouble(this, y));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "remainder", parameterNames = {"x", "y"}, minNumOfPositionalArgs = 2)
    abstract static class RemainderNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object x, Object y) {
            try {
                return FloatFunctions.remainder(MathArgs.toDouble(this, x), MathArgs.toDouble(this, y));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "pow", parameterNames = {"x", "y"}, minNumOfPositionalArgs = 2)
    abstract static class PowNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doDouble(double x, double y) {
            try {
                return FloatFunctions.pow(x, y);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x, Object y) {
            return doDouble(MathArgs.toDouble(this, x), MathArgs.toDouble(this, y));
        }
    }

    @Builtin(name = "ldexp", parameterNames = {"x", "i"}, minNumOfPositionalArgs = 2)
    abstract static class LdexpNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doIt(Object x, Object i) {
            if (!MathArgs.isInteger(i)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Expected an int as second argument to ldexp.");
            }
            try {
                return FloatFunctions.ldexp(MathArgs.toDouble(this, x), FloatFunctions.clampExponent(
                                i instanceof Boolean b ? (Object) (b ? 1L : 0L) : i));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "nextafter", parameterNames = {"x", "y"}, minNumOfPositionalArgs = 2,
                    keywordOnlyNames = "steps")
    abstract static class NextAfterNode extends PythonTernaryBuiltinNode {
        @Specialization
        double doIt(Object x, Object y, Object steps) {
            double a = MathArgs.toDouble(this, x);
            double b = MathArgs.toDouble(this, y);
            if (steps == PNone.NO_VALUE || steps == PNone.NONE) {
                return FloatFunctions.nextafter(a, b);
            }
            if (!MathArgs.isInteger(steps)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                                PythonErrors.typeName(this, steps));
            }
            try {
                return FloatFunctions.nextafter(a, b, FloatFunctions.unsignedSteps(steps));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "frexp", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class FrexpNode extends PythonUnaryBuiltinNode {
        @Specialization
        PTuple doIt(Object x) {
            FloatFunctions.FrExp r = FloatFunctions.frexp(MathArgs.toDouble(this, x));
            return new PTuple(new Object[]{r.mantissa(), (long) r.exponent()});
        }
    }

    @Builtin(name = "modf", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class ModfNode extends PythonUnaryBuiltinNode {
        @Specialization
        PTuple doIt(Object x) {
            FloatFunctions.ModF r = FloatFunctions.modf(MathArgs.toDouble(this, x));
            return new PTuple(new Object[]{r.fractional(), r.integral()});
        }
    }

    @Builtin(name = "fma", parameterNames = {"x", "y", "z"}, minNumOfPositionalArgs = 3)
    abstract static class FmaNode extends PythonTernaryBuiltinNode {
        @Specialization
        double doIt(Object x, Object y, Object z) {
            try {
                return FloatFunctions.fma(MathArgs.toDouble(this, x), MathArgs.toDouble(this, y),
                                MathArgs.toDouble(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "isclose", parameterNames = {"a", "b"}, minNumOfPositionalArgs = 2,
                    keywordOnlyNames = {"rel_tol", "abs_tol"})
    abstract static class IsCloseNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean doIt(Object a, Object b, Object relTol, Object absTol) {
            double rel = relTol == PNone.NO_VALUE ? 1e-09 : MathArgs.toDouble(this, relTol);
            double abs = absTol == PNone.NO_VALUE ? 0.0 : MathArgs.toDouble(this, absTol);
            try {
                return FloatFunctions.isclose(MathArgs.toDouble(this, a), MathArgs.toDouble(this, b), rel, abs);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "fsum", parameterNames = "seq", minNumOfPositionalArgs = 1)
    abstract static class FsumNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object seq, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            Fsum sum = new Fsum();
            Object iterator = getIter.execute(seq);
            try {
                for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                    add(sum, MathArgs.toDouble(this, item));
                }
                return result(sum);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @TruffleBoundary
        private static void add(Fsum sum, double value) {
            sum.add(value);
        }

        @TruffleBoundary
        private static double result(Fsum sum) {
            return sum.result();
        }
    }
}
