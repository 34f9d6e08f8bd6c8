package taipan.builtins.types;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.object.PNone;
import taipan.runtime.str.StrRepr;
import taipan.runtime.type.BuiltinType;

/** {@code int}: the constructor (CPython's {@code long_new} and {@code PyLong_FromString}). */
public final class IntBuiltins {

    private IntBuiltins() {
    }

    @Builtin(name = "int", parameterNames = {"cls", "x", "base"}, minNumOfPositionalArgs = 1, positionalOnly = false,
                    constructsClass = BuiltinType.INT)
    abstract static class IntNode extends PythonTernaryBuiltinNode {

        @Specialization(guards = "isNoValue(base)")
        static long doLong(@SuppressWarnings("unused") Object cls, long x, @SuppressWarnings("unused") Object base) {
            return x;
        }

        @Specialization(guards = "isNoValue(base)")
        Object doDouble(@SuppressWarnings("unused") Object cls, double x, @SuppressWarnings("unused") Object base) {
            if (Double.isNaN(x)) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.CANNOT_CONVERT_FLOAT_NAN_TO_INTEGER);
            } else if (Double.isInfinite(x)) {
                throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR,
                                ErrorMessages.CANNOT_CONVERT_FLOAT_INFINITY_TO_INTEGER);
            }
            if (x > -0x1p63 && x < 0x1p63) {
                return (long) x;
            }
            return truncate(x);
        }

        @Specialization
        Object doStr(@SuppressWarnings("unused") Object cls, TruffleString x, Object base) {
            long b = 10;
            if (base != PNone.NO_VALUE) {
                if (!(base instanceof Long l)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                                    PythonErrors.typeName(this, base));
                }
                b = l;
            }
            if (b != 0 && (b < 2 || b > 36)) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.INT_BASE_RANGE);
            }
            return parse(x.toJavaStringUncached(), (int) b);
        }

        @Fallback
        Object doOther(@SuppressWarnings("unused") Object cls, Object x, Object base) {
            if (base != PNone.NO_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.INT_CANT_CONVERT_NON_STRING_WITH_BASE);
            } else if (x == PNone.NO_VALUE) {
                return 0L;
            } else if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            } else if (x instanceof BigInteger) {
                return x;
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.INT_ARG_MUST_BE,
                            PythonErrors.typeName(this, x));
        }

        static boolean isNoValue(Object value) {
            return value == PNone.NO_VALUE;
        }

        @TruffleBoundary
        private static Object truncate(double x) {
            return IntMath.normalize(new BigDecimal(x).toBigInteger());
        }

        /** CPython's {@code PyLong_FromString}: sign, optional prefix, digits with single underscores. */
        @TruffleBoundary
        private Object parse(String text, int base) {
            String s = text.strip();
            boolean negative = false;
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                negative = s.charAt(0) == '-';
                s = s.substring(1);
            }
            int b = base;
            String lower = s.toLowerCase();
            int prefixBase = lower.startsWith("0x") ? 16 : lower.startsWith("0o") ? 8 : lower.startsWith("0b") ? 2 : 0;
            if (prefixBase != 0 && (b == 0 || b == prefixBase)) {
                b = prefixBase;
                s = s.substring(2);
                if (s.startsWith("_")) {
                    s = s.substring(1);
                }
            } else if (b == 0) {
                b = 10;
                if (s.length() > 1 && s.replace("_", "").chars().allMatch(c -> c == '0') == false && s.startsWith("0")) {
                    throw invalid(text, base);
                }
            }
            if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
                throw invalid(text, base);
            }
            try {
                BigInteger value = new BigInteger(s.replace("_", ""), b);
                return IntMath.normalize(negative ? value.negate() : value);
            } catch (NumberFormatException e) {
                throw invalid(text, base);
            }
        }

        private RuntimeException invalid(String text, int base) {
            return PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.INVALID_LITERAL_FOR_INT, base,
                            StrRepr.repr(text));
        }
    }
}
