package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.format.FormatError;
import taipan.runtime.math.Elementary;
import taipan.runtime.math.FloatFunctions;
import taipan.runtime.math.Logarithms;

/**
 * The one-argument float functions of the {@code math} module (CPython's {@code math_1}): a {@code double} fast
 * path without boxing or boundaries, and ints converted as CPython converts them. Generated in shape, one node each.
 */
@CoreFunctions(defineModule = "math")
public final class MathFloatBuiltins {

    private MathFloatBuiltins() {
    }

    @Builtin(name = "acos", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class AcosNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.acos(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "acosh", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class AcoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.acosh(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "asin", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class AsinNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.asin(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "asinh", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class AsinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.asinh(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "atan", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class AtanNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.atan(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "atanh", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class AtanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.atanh(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "cbrt", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class CbrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.cbrt(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "cos", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class CosNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.cos(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "cosh", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class CoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.cosh(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "degrees", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class DegreesNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.degrees(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "erf", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class ErfNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.erf(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "erfc", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class ErfcNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.erfc(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "exp", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class ExpNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.exp(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "exp2", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class Exp2Node extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.exp2(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "expm1", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class Expm1Node extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.expm1(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "fabs", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class FabsNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.fabs(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "gamma", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class GammaNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.gamma(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "lgamma", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class LgammaNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.lgamma(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "radians", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class RadiansNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.radians(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "sin", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class SinNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.sin(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "sinh", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class SinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.sinh(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "sqrt", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class SqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.sqrt(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "tan", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class TanNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.tan(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "tanh", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class TanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Elementary.tanh(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "ulp", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class UlpNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return FloatFunctions.ulp(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "log1p", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class Log1pNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doDouble(double x) {
            try {
                return Logarithms.log1p(x);
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }

        @Fallback
        double doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "isfinite", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class IsfiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doDouble(double x) {
            return FloatFunctions.isfinite(x);
        }

        @Fallback
        boolean doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "isinf", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class IsinfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doDouble(double x) {
            return FloatFunctions.isinf(x);
        }

        @Fallback
        boolean doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }

    @Builtin(name = "isnan", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class IsnanNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doDouble(double x) {
            return FloatFunctions.isnan(x);
        }

        @Fallback
        boolean doOther(Object x) {
            return doDouble(MathArgs.toDouble(this, x));
        }
    }
}
