package taipan.builtins.functions;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.PyNumberPowerNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.IntText;
import taipan.runtime.format.PyRound;
import taipan.runtime.math.Complex;
import taipan.runtime.number.ComplexOps;
import taipan.runtime.number.FloatMath;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The numeric built-in functions of {@code Python/bltinmodule.c}: abs, divmod, pow, round, bin/oct/hex, chr/ord. */
public final class NumericBuiltins {

    private NumericBuiltins() {
    }

    @Builtin(name = "abs", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class AbsNode extends PythonUnaryBuiltinNode {

        @Specialization(rewriteOn = ArithmeticException.class)
        static long doLong(long value) {
            return Math.absExact(value);
        }

        @Specialization
        static double doDouble(double value) {
            return Math.abs(value);
        }

        @Specialization
        static long doBoolean(boolean value) {
            return value ? 1 : 0;
        }

        @Specialization
        double doComplex(Complex value) {
            return ComplexOps.abs(this, value);
        }

        @Fallback
        Object doOther(Object value) {
            if (value instanceof Long || value instanceof BigInteger) {
                return IntMath.compare(value, 0L) < 0 ? IntMath.negate(value) : value;
            }
            Object result = NumberProtocols.call(value, "__abs__");
            if (result != null) {
                return result;
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.BAD_ARGUMENT_TYPE_FOR_ABS,
                            PythonErrors.typeName(this, value));
        }
    }

    @Builtin(name = "divmod", parameterNames = {"x", "y"}, minNumOfPositionalArgs = 2)
    abstract static class DivModNode extends PythonBinaryBuiltinNode {

        @Specialization(guards = {"y != 0", "!isOverflow(x, y)"})
        static PTuple doLong(long x, long y) {
            return new PTuple(new Object[]{Math.floorDiv(x, y), Math.floorMod(x, y)});
        }

        @Specialization(guards = {"isInteger(x)", "isInteger(y)"}, replaces = "doLong")
        PTuple doInteger(Object x, Object y) {
            if (IntMath.isZero(y)) {
                throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.INTEGER_DIVISION_BY_ZERO);
            }
            return new PTuple(new Object[]{IntMath.floorDiv(x, y), IntMath.mod(x, y)});
        }

        @Specialization(guards = {"isNumber(x)", "isNumber(y)", "isFloat(x) || isFloat(y)"})
        PTuple doFloat(Object x, Object y) {
            double a = Numbers.toDouble(this, x);
            double b = Numbers.toDouble(this, y);
            if (b == 0) {
                throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.FLOAT_DIVMOD);
            }
            return new PTuple(new Object[]{FloatMath.floorDiv(a, b), FloatMath.mod(a, b)});
        }

        /** Other types through their {@code __divmod__}/{@code __rdivmod__} (Decimal, Fraction, user classes). */
        @Fallback
        @TruffleBoundary
        Object doOther(Object x, Object y) {
            Object r = taipan.runtime.object.UncachedCalls.callSpecial(x, "__divmod__", y);
            if (r == null || r == taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED) {
                r = taipan.runtime.object.UncachedCalls.callSpecial(y, "__rdivmod__", x);
            }
            if (r == null || r == taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED) {
                throw PythonErrors.unsupportedOperands(this, "divmod()", x, y);
            }
            return r;
        }

        static boolean isOverflow(long x, long y) {
            return x == Long.MIN_VALUE && y == -1;
        }

        static boolean isInteger(Object value) {
            return value instanceof Long || value instanceof Boolean || value instanceof BigInteger;
        }

        static boolean isNumber(Object value) {
            return isInteger(value) || value instanceof Double;
        }

        static boolean isFloat(Object value) {
            return value instanceof Double;
        }
    }

    @Builtin(name = "pow", parameterNames = {"base", "exp", "mod"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class PowNode extends PythonTernaryBuiltinNode {

        @Specialization(guards = "isNone(mod)")
        static Object doPow(Object base, Object exp, @SuppressWarnings("unused") Object mod,
                        @Cached PyNumberPowerNode power) {
            return power.execute(base, exp);
        }

        @Fallback
        Object doModular(Object base, Object exp, Object mod) {
            if (base instanceof taipan.runtime.object.PythonObject && !isInteger(base)) {
                // a class of its own (Decimal, user classes): its three-argument __pow__
                Object r = taipan.runtime.object.UncachedCalls.callSpecial(base, "__pow__", exp, mod);
                if (r != null && r != taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                throw unsupportedTernary(base, exp, mod);
            }
            if (isOtherObject(exp) || isOtherObject(mod)) {
                // three-argument pow never uses __rpow__ (CPython's slot_nb_power): no operand takes it
                throw unsupportedTernary(base, exp, mod);
            }
            if (base instanceof taipan.runtime.math.Complex || exp instanceof taipan.runtime.math.Complex) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "complex modulo");
            } else if (!isInteger(base) || !isInteger(exp) || !isInteger(mod)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.POW_THIRD_ARG_NOT_ALLOWED);
            }
            return modPow(IntMath.big(base), IntMath.big(exp), IntMath.big(mod));
        }

        private static boolean isOtherObject(Object value) {
            return value instanceof taipan.runtime.object.PythonObject
                            && !isInteger(taipan.runtime.object.PBuiltinSubclassObject.unwrap(value));
        }

        private taipan.runtime.exception.PException unsupportedTernary(Object base, Object exp, Object mod) {
            return PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                            PythonErrors.typeName(this, base), PythonErrors.typeName(this, exp),
                            PythonErrors.typeName(this, mod));
        }

        /** CPython's {@code long_pow} with a modulus: the result takes the modulus's sign. */
        @TruffleBoundary
        private Object modPow(BigInteger base, BigInteger exp, BigInteger mod) {
            if (mod.signum() == 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.POW_THIRD_ARG_ZERO);
            }
            BigInteger m = mod.abs();
            BigInteger b = base.mod(m);
            BigInteger result;
            if (exp.signum() < 0) {
                try {
                    b = b.modInverse(m);
                } catch (ArithmeticException e) {
                    throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.BASE_NOT_INVERTIBLE);
                }
                result = m.equals(BigInteger.ONE) ? BigInteger.ZERO : b.modPow(exp.negate(), m);
            } else {
                result = m.equals(BigInteger.ONE) ? BigInteger.ZERO : b.modPow(exp, m);
            }
            if (mod.signum() < 0 && result.signum() != 0) {
                result = result.add(mod);
            }
            return IntMath.normalize(result);
        }

        static boolean isNone(Object value) {
            return value == PNone.NO_VALUE || value == PNone.NONE;
        }

        static boolean isInteger(Object value) {
            return value instanceof Long || value instanceof Boolean || value instanceof BigInteger;
        }
    }

    @Builtin(name = "round", parameterNames = {"number", "ndigits"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class RoundNode extends PythonBinaryBuiltinNode {

        @Specialization(guards = "isNone(ndigits)")
        static long doLong(long number, @SuppressWarnings("unused") Object ndigits) {
            return number;
        }

        @Specialization
        Object doDouble(double number, Object ndigits) {
            try {
                if (isNone(ndigits)) {
                    return PyRound.round(number);
                }
                return PyRound.round(number, NumberArgs.asLong(this, clamp(NumberArgs.index(this, ndigits))));
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }

        @Fallback
        Object doOther(Object number, Object ndigits) {
            if (number instanceof Long || number instanceof BigInteger || number instanceof Boolean) {
                Object value = NumberArgs.index(this, number);
                return isNone(ndigits) ? value : PyRound.roundInt(value, clamp(NumberArgs.index(this, ndigits)));
            }
            Object result = isNone(ndigits) ? NumberProtocols.call(number, "__round__")
                            : NumberProtocols.call(number, "__round__", ndigits);
            if (result != null && !(number instanceof taipan.runtime.math.Complex)) {
                return result;
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.TYPE_DOESNT_DEFINE_ROUND,
                            PythonErrors.typeName(this, number));
        }

        /** ndigits beyond a long round as the extreme would (to the value itself, or to zero). */
        static long clamp(Object ndigits) {
            if (ndigits instanceof Long l) {
                return l;
            }
            return ((BigInteger) ndigits).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }

        static boolean isNone(Object value) {
            return value == PNone.NO_VALUE || value == PNone.NONE;
        }
    }

    /** bin, oct and hex: the same conversion in another base. */
    @TruffleBoundary
    static TruffleString toPrefixedBase(Object value, int base) {
        return PyStrings.of(IntText.toPrefixedBase(value, base));
    }

    @Builtin(name = "bin", parameterNames = "number", minNumOfPositionalArgs = 1)
    abstract static class BinNode extends PythonUnaryBuiltinNode {
        @Specialization
        TruffleString doConvert(Object value) {
            return toPrefixedBase(NumberArgs.index(this, value), 2);
        }
    }

    @Builtin(name = "oct", parameterNames = "number", minNumOfPositionalArgs = 1)
    abstract static class OctNode extends PythonUnaryBuiltinNode {
        @Specialization
        TruffleString doConvert(Object value) {
            return toPrefixedBase(NumberArgs.index(this, value), 8);
        }
    }

    @Builtin(name = "hex", parameterNames = "number", minNumOfPositionalArgs = 1)
    abstract static class HexNode extends PythonUnaryBuiltinNode {
        @Specialization
        TruffleString doConvert(Object value) {
            return toPrefixedBase(NumberArgs.index(this, value), 16);
        }
    }

    @Builtin(name = "chr", parameterNames = "i", minNumOfPositionalArgs = 1)
    abstract static class ChrNode extends PythonUnaryBuiltinNode {

        @Specialization
        TruffleString doChr(Object value, @Cached TruffleString.FromCodePointNode fromCodePoint) {
            Object i = NumberArgs.index(this, value);
            if (!(i instanceof Long l) || l < 0 || l > 0x10FFFF) {
                if (i instanceof BigInteger) {
                    throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, ErrorMessages.PYTHON_INT_TOO_LARGE_TO_CONVERT_TO_C_INT);
                }
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.CHR_ARG_NOT_IN_RANGE);
            }
            return fromCodePoint.execute((int) (long) l, PyStrings.ENCODING, true);
        }
    }

    @Builtin(name = "ord", parameterNames = "c", minNumOfPositionalArgs = 1)
    abstract static class OrdNode extends PythonUnaryBuiltinNode {

        @Specialization
        long doStr(TruffleString c, @Cached TruffleString.CodePointLengthNode length,
                        @Cached TruffleString.CodePointAtIndexNode codePointAt) {
            int n = length.execute(c, PyStrings.ENCODING);
            if (n != 1) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ORD_EXPECTED_CHARACTER, n);
            }
            return codePointAt.execute(c, 0, PyStrings.ENCODING);
        }

        /** {@code ord(b'A')}: a bytes or bytearray of length one gives its byte. */
        @Specialization
        long doBytes(taipan.runtime.bytes.PBytesLike c) {
            int n = c.length();
            if (n != 1) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ORD_EXPECTED_CHARACTER, n);
            }
            return c.get(0);
        }

        @Fallback
        Object doOther(Object c) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ORD_EXPECTED_STRING,
                            PythonErrors.typeName(this, c));
        }
    }
}
