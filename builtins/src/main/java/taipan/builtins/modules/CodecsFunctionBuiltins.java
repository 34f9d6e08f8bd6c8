package taipan.builtins.modules;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.CodecDecoder;
import taipan.runtime.bytes.CodecEncoder;
import taipan.runtime.bytes.CodecException;
import taipan.runtime.codecs.PartialDecoding;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.StrException;

/**
 * The codec functions of {@code _codecs} that the {@code encodings} package wraps ({@code utf_8_encode},
 * {@code utf_16_ex_decode}...): each returns (result, length consumed); stateful decoders stop before a character
 * the chunk cuts off unless {@code final} is true.
 */
@CoreFunctions(defineModule = "_codecs")
public final class CodecsFunctionBuiltins {

    private CodecsFunctionBuiltins() {
    }

    @TruffleBoundary
    static PTuple encode(Node location, Object[] arguments, String function, String codec) {
        int[] s = CodecArgs.str(location, arguments[0], function, 1);
        String errors = CodecArgs.errors(location, arguments[1], function, 2);
        try {
            return CodecArgs.encoded(CodecEncoder.encode(s, codec, errors), s.length);
        } catch (StrException e) {
            throw CodecArgs.raise(location, e);
        }
    }

    /** Decodes {@code b[from, end)} (errors report positions in the whole of {@code b}). */
    @TruffleBoundary
    static int[] decodeRange(Node location, byte[] b, int from, int end, String codec, String errors) {
        try {
            if (from == 0) {
                return CodecDecoder.decode(b, end, codec, errors);
            }
            return CodecDecoder.decode(Arrays.copyOfRange(b, from, end), end - from, codec, errors);
        } catch (CodecException e) {
            if (from != 0 && e.getDetails() != null) {
                Object[] d = e.getDetails();
                throw CodecArgs.raise(location, CodecException.decodeError((String) d[0], b, from + (int) (long) (Long) d[2],
                                from + (int) (long) (Long) d[3], (String) d[4]));
            }
            throw CodecArgs.raise(location, e);
        } catch (StrException e) {
            throw CodecArgs.raise(location, e);
        }
    }

    @Builtin(name = "utf_8_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class Utf8EncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return encode(this, arguments, "utf_8_encode", "utf-8");
        }
    }

    @Builtin(name = "utf_8_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf8DecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] b = CodecArgs.bytes(this, arguments[0]);
            String errors = CodecArgs.errors(this, arguments[1], "utf_8_decode", 2);
            int end = CodecArgs.flag(this, arguments[2], false) ? b.length : PartialDecoding.utf8(b, b.length);
            return CodecArgs.decoded(decodeRange(this, b, 0, end, "utf-8", errors), end);
        }
    }

    @Builtin(name = "latin_1_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class Latin1EncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return encode(this, arguments, "latin_1_encode", "latin-1");
        }
    }

    @Builtin(name = "latin_1_decode", parameterNames = {"data", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class Latin1DecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] b = CodecArgs.bytes(this, arguments[0]);
            String errors = CodecArgs.errors(this, arguments[1], "latin_1_decode", 2);
            return CodecArgs.decoded(decodeRange(this, b, 0, b.length, "latin-1", errors), b.length);
        }
    }

    @Builtin(name = "ascii_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class AsciiEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return encode(this, arguments, "ascii_encode", "ascii");
        }
    }

    @Builtin(name = "ascii_decode", parameterNames = {"data", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class AsciiDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] b = CodecArgs.bytes(this, arguments[0]);
            String errors = CodecArgs.errors(this, arguments[1], "ascii_decode", 2);
            return CodecArgs.decoded(decodeRange(this, b, 0, b.length, "ascii", errors), b.length);
        }
    }

    @Builtin(name = "readbuffer_encode", parameterNames = {"data", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class ReadBufferEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] b = arguments[0] instanceof com.oracle.truffle.api.strings.TruffleString s
                            ? CodecEncoder.encode(CodecArgs.str(this, s, "readbuffer_encode", 1), "utf-8", "strict")
                            : CodecArgs.bytes(this, arguments[0]);
            return CodecArgs.encoded(b, b.length);
        }
    }
}
