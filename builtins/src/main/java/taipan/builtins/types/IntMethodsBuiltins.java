package taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.PyFormat;
import taipan.runtime.format.PyRound;
import taipan.runtime.number.IntDigitsLimit;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The methods of {@code int} (and so of {@code bool}), CPython's {@code Objects/longobject.c}. */
@CoreFunctions(extendClasses = BuiltinType.INT)
public final class IntMethodsBuiltins {

    private IntMethodsBuiltins() {
    }

    @Builtin(name = "bit_length", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BitLengthNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doLong(long self) {
            // Long.MIN_VALUE has no long absolute value; its bit length is 64
            return self == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(self));
        }

        @Specialization
        Object doOther(Object self) {
            Object v = NumberArgs.index(this, self);
            return v instanceof Long l ? doLong(l) : (long) ((BigInteger) v).abs().bitLength();
        }
    }

    @Builtin(name = "bit_count", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BitCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doCount(Object self) {
            Object v = NumberArgs.index(this, self);
            if (v instanceof Long l) {
                return l == Long.MIN_VALUE ? 1L : (long) Long.bitCount(Math.abs(l));
            }
            return (long) ((BigInteger) v).abs().bitCount();
        }
    }

    @Builtin(name = "as_integer_ratio", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        PTuple doRatio(Object self) {
            return new PTuple(new Object[]{NumberArgs.index(this, self), 1L});
        }
    }

    @Builtin(name = "conjugate", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return NumberArgs.index(this, self);
        }
    }

    @Builtin(name = "__index__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IndexNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return NumberArgs.index(this, self);
        }
    }

    @Builtin(name = "__int__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IntNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return NumberArgs.index(this, self);
        }
    }

    @Builtin(name = "__trunc__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TruncNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return NumberArgs.index(this, self);
        }
    }

    @Builtin(name = "__floor__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FloorNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return NumberArgs.index(this, self);
        }
    }

    @Builtin(name = "__ceil__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CeilNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return NumberArgs.index(this, self);
        }
    }

    @Builtin(name = "is_integer", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(@SuppressWarnings("unused") Object self) {
            return true;
        }
    }

    @Builtin(name = "__round__", parameterNames = {"self", "ndigits"}, minNumOfPositionalArgs = 1)
    abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object ndigits) {
            Object v = NumberArgs.index(this, self);
            if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
                return v;
            }
            Object n = NumberArgs.index(this, ndigits);
            long digits = n instanceof Long l ? l : ((BigInteger) n).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
            return PyRound.roundInt(v, digits);
        }
    }

    @Builtin(name = "__float__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object self) {
            return taipan.runtime.number.Numbers.toDouble(this, NumberArgs.index(this, self));
        }
    }

    @Builtin(name = "__format__", parameterNames = {"self", "format_spec"}, minNumOfPositionalArgs = 2)
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doIt(Object self, TruffleString spec) {
            return PyStrings.of(format(self, spec.toJavaStringUncached()));
        }

        @TruffleBoundary
        private String format(Object self, String spec) {
            try {
                if (self instanceof Boolean b) {
                    return spec.isEmpty() ? (b ? "True" : "False") : PyFormat.formatBool(b, spec, IntDigitsLimit.get());
                }
                return PyFormat.formatInt(self, spec, "int", IntDigitsLimit.get());
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }
}
