package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberProtocols;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.math.Complex;
import taipan.runtime.math.ComplexMath;
import taipan.runtime.math.ComplexTrig;
import taipan.runtime.number.ComplexOps;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The {@code cmath} module (CPython's {@code Modules/cmathmodule.c}) over {@link ComplexMath} and {@link ComplexTrig}. */
@CoreFunctions(defineModule = "cmath")
public final class CmathModuleBuiltins {

    private CmathModuleBuiltins() {
    }

    /** A cmath argument: a complex or real number, or an object with {@code __complex__}/{@code __float__}/{@code __index__}. */
    static Complex complex(Node node, Object value) {
        if (ComplexOps.isComplexOperand(value)) {
            return ComplexOps.toComplex(node, value);
        }
        Complex converted = value instanceof com.oracle.truffle.api.strings.TruffleString ? null : NumberProtocols.toComplex(node, value);
        if (converted == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "must be real number, not %s", PythonErrors.typeName(node, value));
        }
        return converted;
    }

    /** {@code cmath.pi}, {@code e}, {@code tau}, {@code inf}, {@code infj}, {@code nan}, {@code nanj}. */
    static void constants(java.util.Map<String, Object> cmath) {
        cmath.put("pi", Math.PI);
        cmath.put("e", Math.E);
        cmath.put("tau", 2 * Math.PI);
        cmath.put("inf", Double.POSITIVE_INFINITY);
        cmath.put("nan", Double.NaN);
        cmath.put("infj", ComplexMath.INFJ);
        cmath.put("nanj", ComplexMath.NANJ);
    }

    @Builtin(name = "log", parameterNames = {"z", "base"}, minNumOfPositionalArgs = 1)
    abstract static class LogNode extends PythonBinaryBuiltinNode {
        @Specialization
        Complex doIt(Object z, Object base) {
            try {
                Complex x = complex(this, z);
                return base == PNone.NO_VALUE ? ComplexMath.log(x) : ComplexMath.log(x, complex(this, base));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "phase", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class PhaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object z) {
            try {
                return ComplexMath.phase(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "polar", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class PolarNode extends PythonUnaryBuiltinNode {
        @Specialization
        PTuple doIt(Object z) {
            try {
                double[] p = ComplexMath.polar(complex(this, z));
                return new PTuple(new Object[]{p[0], p[1]});
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "rect", parameterNames = {"r", "phi"}, minNumOfPositionalArgs = 2)
    abstract static class RectNode extends PythonBinaryBuiltinNode {
        @Specialization
        Complex doIt(Object r, Object phi) {
            try {
                return ComplexMath.rect(MathArgs.toDouble(this, r), MathArgs.toDouble(this, phi));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "isfinite", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class IsFiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object z) {
            return ComplexMath.isfinite(complex(this, z));
        }
    }

    @Builtin(name = "isnan", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class IsNanNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object z) {
            return ComplexMath.isnan(complex(this, z));
        }
    }

    @Builtin(name = "isinf", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class IsInfNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object z) {
            return ComplexMath.isinf(complex(this, z));
        }
    }

    @Builtin(name = "isclose", parameterNames = {"a", "b"}, minNumOfPositionalArgs = 2, keywordOnlyNames = {"rel_tol", "abs_tol"})
    abstract static class IsCloseNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean doIt(Object a, Object b, Object relTol, Object absTol) {
            double rel = relTol == PNone.NO_VALUE ? 1e-09 : MathArgs.toDouble(this, relTol);
            double abs = absTol == PNone.NO_VALUE ? 0.0 : MathArgs.toDouble(this, absTol);
            if (rel < 0.0 || abs < 0.0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "tolerances must be non-negative");
            }
            return ComplexMath.isclose(complex(this, a), complex(this, b), rel, abs);
        }
    }

    @Builtin(name = "sqrt", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class SqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexMath.sqrt(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "exp", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class ExpNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexMath.exp(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "log10", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class Log10Node extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexMath.log10(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "acos", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class AcosNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.acos(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "acosh", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class AcoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.acosh(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "asin", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class AsinNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.asin(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "asinh", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class AsinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.asinh(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "atan", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class AtanNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.atan(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "atanh", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class AtanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.atanh(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "cos", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class CosNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.cos(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "cosh", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class CoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.cosh(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "sin", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class SinNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.sin(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "sinh", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class SinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.sinh(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "tan", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class TanNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.tan(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "tanh", parameterNames = "z", minNumOfPositionalArgs = 1)
    abstract static class TanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        Complex doIt(Object z) {
            try {
                return ComplexTrig.tanh(complex(this, z));
            } catch (FormatError e) {
                throw MathArgs.raise(this, e);
            }
        }
    }
}
