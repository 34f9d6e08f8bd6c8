package taipan.builtins.types;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import java.nio.charset.StandardCharsets;

import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PException;
import taipan.runtime.str.PyStrings;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.IntParser;
import taipan.runtime.number.IntMath;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code int}: the constructor (CPython's {@code long_new} and {@code PyLong_FromString}). */
public final class IntBuiltins {

    private IntBuiltins() {
    }

    @Builtin(name = "int", parameterNames = {"cls", "x", "base"}, minNumOfPositionalArgs = 1, positionalOnly = false,
                    positionalOnlyCount = 2, constructsClass = BuiltinType.INT)
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
                Object index = taipan.builtins.functions.NumberArgs.index(this, base);
                b = index instanceof Long l ? l : Long.MAX_VALUE; // a huge base is out of range
            }
            if (b != 0 && (b < 2 || b > 36)) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.INT_BASE_RANGE);
            }
            return parse(x.toJavaStringUncached(), (int) b);
        }

        /** {@code int(b'42')}: the bytes are ASCII text; the error shows them as bytes. */
        @Specialization
        Object doBytes(@SuppressWarnings("unused") Object cls, PBytesLike x, Object base) {
            TruffleString text = latin1(x);
            try {
                return doStr(cls, text, base);
            } catch (PException e) {
                if (e.getPythonException().getType().getBuiltinType() != BuiltinType.VALUE_ERROR) {
                    throw e;
                }
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.INVALID_LITERAL_FOR_INT,
                                base == PNone.NO_VALUE ? 10L : base, x.toString());
            }
        }

        @TruffleBoundary
        static TruffleString latin1(PBytesLike x) {
            return PyStrings.of(new String(x.toByteArray(), StandardCharsets.ISO_8859_1));
        }

        @Fallback
        Object doOther(@SuppressWarnings("unused") Object cls, Object x, Object base) {
            Object plain = taipan.runtime.object.PBuiltinSubclassObject.unwrap(x);
            if (plain instanceof TruffleString text) {
                return doStr(cls, text, base); // a str subclass is parsed as its text (int(StrSub('12')))
            } else if (plain instanceof PBytesLike bytes && !(x instanceof PBytesLike)) {
                return doBytes(cls, bytes, base);
            }
            if (base != PNone.NO_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.INT_CANT_CONVERT_NON_STRING_WITH_BASE);
            } else if (x == PNone.NO_VALUE) {
                return 0L;
            } else if (x instanceof Boolean b) {
                return b ? 1L : 0L;
            } else if (x instanceof BigInteger) {
                return x;
            }
            Object converted = x instanceof taipan.runtime.math.Complex ? null
                            : taipan.builtins.functions.NumberProtocols.toInt(this, x);
            if (converted != null) {
                return converted;
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

        /**
         * A failed parse is an ordinary outcome in hot loops ({@code try: int(s) except ValueError}): the exception
         * leaves the boundary without invalidating the caller's compiled code (the default would recompile every
         * compilation unit that inlines this node once it first sees a bad literal).
         */
        @TruffleBoundary(transferToInterpreterOnException = false)
        private Object parse(String text, int base) {
            try {
                return IntParser.parse(text, base, taipan.runtime.number.IntDigitsLimit.get());
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }
}
