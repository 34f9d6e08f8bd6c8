package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.CodecException;
import taipan.runtime.codecs.CodePointList;
import taipan.runtime.codecs.EscapeCodecs;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** {@code _codecs}' escape codecs: {@code escape_*}, {@code unicode_escape_*} and {@code raw_unicode_escape_*}. */
@CoreFunctions(defineModule = "_codecs")
public final class CodecsEscapeBuiltins {

    private CodecsEscapeBuiltins() {
    }

    @Builtin(name = "escape_encode", parameterNames = {"data", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class EscapeEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!(arguments[0] instanceof taipan.runtime.bytes.PBytes bytes)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "escape_encode() argument 1 must be bytes, not %s",
                                PythonErrors.typeName(this, arguments[0]));
            }
            byte[] b = bytes.toByteArray();
            return CodecArgs.encoded(EscapeCodecs.escapeEncode(b, b.length), b.length);
        }
    }

    @Builtin(name = "escape_decode", parameterNames = {"data", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class EscapeDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] b = arguments[0] instanceof com.oracle.truffle.api.strings.TruffleString s
                            ? s.toJavaStringUncached().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : CodecArgs.bytes(this, arguments[0]);
            try {
                return CodecArgs.encoded(EscapeCodecs.escapeDecode(b, b.length), b.length);
            } catch (EscapeCodecs.Malformed e) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "%s", e.reason);
            }
        }
    }

    @Builtin(name = "unicode_escape_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class UnicodeEscapeEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int[] s = CodecArgs.str(this, arguments[0], "unicode_escape_encode", 1);
            return CodecArgs.encoded(EscapeCodecs.unicodeEscapeEncode(s, false), s.length);
        }
    }

    @Builtin(name = "raw_unicode_escape_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class RawUnicodeEscapeEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int[] s = CodecArgs.str(this, arguments[0], "raw_unicode_escape_encode", 1);
            return CodecArgs.encoded(EscapeCodecs.unicodeEscapeEncode(s, true), s.length);
        }
    }

    @Builtin(name = "unicode_escape_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class UnicodeEscapeDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, false, "unicode_escape_decode");
        }
    }

    @Builtin(name = "raw_unicode_escape_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class RawUnicodeEscapeDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, true, "raw_unicode_escape_decode");
        }
    }

    @TruffleBoundary
    static Object decode(Node location, Object[] arguments, boolean raw, String function) {
        byte[] b = arguments[0] instanceof com.oracle.truffle.api.strings.TruffleString s
                        ? s.toJavaStringUncached().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : CodecArgs.bytes(location, arguments[0]);
        String errors = CodecArgs.errors(location, arguments[1], function, 2);
        boolean fin = CodecArgs.flag(location, arguments[2], true);
        String codec = raw ? "rawunicodeescape" : "unicodeescape";
        int[] end = new int[1];
        CodePointList out = EscapeCodecs.unicodeEscapeDecode(b, b.length, raw, fin, end, (sink, start, stop, reason) -> {
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> sink.append(0xFFFD);
                case "backslashreplace" -> {
                    for (int k = start; k < stop; k++) {
                        sink.appendAscii(String.format("\\x%02x", b[k] & 0xFF));
                    }
                }
                default -> throw CodecArgs.raise(location, CodecException.decodeError(codec, b, start, stop, reason));
            }
            return stop;
        });
        return CodecArgs.decoded(out.toArray(), end[0]);
    }
}
