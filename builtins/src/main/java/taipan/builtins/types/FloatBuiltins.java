package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FloatParser;
import taipan.runtime.format.FormatError;
import taipan.runtime.number.Numbers;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code float}: the constructor (CPython's {@code float_new} and {@code PyFloat_FromString}). */
public final class FloatBuiltins {

    private FloatBuiltins() {
    }

    @Builtin(name = "float", parameterNames = {"cls", "x"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.FLOAT)
    abstract static class FloatNode extends PythonBinaryBuiltinNode {

        @Specialization
        static double doDouble(@SuppressWarnings("unused") Object cls, double x) {
            return x;
        }

        @Specialization
        static double doLong(@SuppressWarnings("unused") Object cls, long x) {
            return x;
        }

        @Specialization
        Object doStr(@SuppressWarnings("unused") Object cls, TruffleString x) {
            return parse(x.toJavaStringUncached());
        }

        /** {@code float(b'2.5')}: the bytes are ASCII text; the error shows them as bytes. */
        @Specialization
        Object doBytes(@SuppressWarnings("unused") Object cls, taipan.runtime.bytes.PBytesLike x) {
            return parseBytes(x);
        }

        @TruffleBoundary
        private double parseBytes(taipan.runtime.bytes.PBytesLike x) {
            try {
                return FloatParser.parse(new String(x.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (FormatError e) {
                if (!e.pythonType().equals("ValueError")) {
                    throw PythonErrors.fromFormatError(this, e);
                }
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "could not convert string to float: %s",
                                x.toString());
            }
        }

        @Fallback
        Object doOther(@SuppressWarnings("unused") Object cls, Object x) {
            if (x == PNone.NO_VALUE) {
                return 0.0;
            } else if (x instanceof Boolean || x instanceof java.math.BigInteger) {
                return Numbers.toDouble(this, x);
            }
            Double converted = x instanceof taipan.runtime.math.Complex ? null
                            : taipan.builtins.functions.NumberProtocols.toDouble(this, x);
            if (converted != null) {
                return converted;
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.FLOAT_ARG_MUST_BE,
                            PythonErrors.typeName(this, x));
        }

        /** As int(): a bad literal is an ordinary outcome, so its exception leaves compiled code intact. */
        @TruffleBoundary(transferToInterpreterOnException = false)
        private double parse(String text) {
            try {
                return FloatParser.parse(text);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }
}
