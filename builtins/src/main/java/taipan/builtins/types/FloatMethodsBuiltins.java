package taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FloatHex;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.IntText;
import taipan.runtime.format.PyFormat;
import taipan.runtime.format.PyRound;
import taipan.runtime.math.FloatFunctions;
import taipan.runtime.number.IntMath;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The methods of {@code float}, CPython's {@code Objects/floatobject.c}. */
@CoreFunctions(extendClasses = BuiltinType.FLOAT)
public final class FloatMethodsBuiltins {

    private FloatMethodsBuiltins() {
    }

    @Builtin(name = "is_integer", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(double self) {
            return Double.isFinite(self) && self == Math.floor(self);
        }
    }

    @Builtin(name = "conjugate", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(double self) {
            return self;
        }
    }

    @Builtin(name = "__float__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(double self) {
            return self;
        }
    }

    @Builtin(name = "as_integer_ratio", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        PTuple doIt(double self) {
            if (Double.isNaN(self)) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "cannot convert NaN to integer ratio");
            } else if (Double.isInfinite(self)) {
                throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            }
            return ratio(self);
        }

        /** The exact value as numerator over a power of two, in lowest terms (CPython's float_as_integer_ratio). */
        @TruffleBoundary
        private static PTuple ratio(double x) {
            if (x == 0) {
                return new PTuple(new Object[]{0L, 1L});
            }
            long bits = Double.doubleToRawLongBits(x);
            int exponent = (int) ((bits >> 52) & 0x7FF);
            long mantissa = bits & ((1L << 52) - 1);
            if (exponent == 0) {
                exponent = 1;
            } else {
                mantissa |= 1L << 52;
            }
            exponent -= 1075;
            int zeros = Long.numberOfTrailingZeros(mantissa);
            mantissa >>= zeros;
            exponent += zeros;
            BigInteger numerator = BigInteger.valueOf(x < 0 ? -mantissa : mantissa);
            BigInteger denominator = BigInteger.ONE;
            if (exponent > 0) {
                numerator = numerator.shiftLeft(exponent);
            } else {
                denominator = denominator.shiftLeft(-exponent);
            }
            return new PTuple(new Object[]{IntMath.normalize(numerator), IntMath.normalize(denominator)});
        }
    }

    @Builtin(name = "hex", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doIt(double self) {
            return hex(self);
        }

        @TruffleBoundary
        private static TruffleString hex(double x) {
            return PyStrings.of(FloatHex.hex(x));
        }
    }

    /** {@code float.fromhex(string)}, called on the class (no class methods yet, so no {@code cls} parameter). */
    @Builtin(name = "fromhex", parameterNames = "string", minNumOfPositionalArgs = 1)
    abstract static class FromHexNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(TruffleString string) {
            try {
                return fromHex(string.toJavaStringUncached());
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }

        @Fallback
        Object doOther(Object string) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "bad argument type for built-in operation");
        }

        @TruffleBoundary
        private static double fromHex(String s) {
            return FloatHex.fromHex(s);
        }
    }

    @Builtin(name = "__trunc__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TruncNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(double self) {
            try {
                return IntText.fromDouble(self);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }

    @Builtin(name = "__int__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IntNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(double self) {
            try {
                return IntText.fromDouble(self);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }

    @Builtin(name = "__floor__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FloorNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(double self) {
            try {
                return FloatFunctions.floor(self);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }

    @Builtin(name = "__ceil__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CeilNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(double self) {
            try {
                return FloatFunctions.ceil(self);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }

    @Builtin(name = "__round__", parameterNames = {"self", "ndigits"}, minNumOfPositionalArgs = 1)
    abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(double self, Object ndigits) {
            try {
                if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
                    return PyRound.round(self);
                }
                Object n = NumberArgs.index(this, ndigits);
                long digits = n instanceof Long l ? l : ((BigInteger) n).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
                return PyRound.round(self, digits);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }

    @Builtin(name = "__format__", parameterNames = {"self", "format_spec"}, minNumOfPositionalArgs = 2)
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doIt(double self, TruffleString spec) {
            try {
                return format(self, spec.toJavaStringUncached());
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }

        @TruffleBoundary
        private static TruffleString format(double self, String spec) {
            return PyStrings.of(PyFormat.formatFloat(self, spec));
        }
    }
}
