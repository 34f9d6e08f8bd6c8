package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.codecs.PartialDecoding;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.StrCodePoints;

/**
 * {@code _codecs}' UTF-16 and UTF-32 functions: byte order -1 little, 1 big, 0 from the BOM (little when there is
 * none, as on the machines we run on); the {@code _ex_decode} forms report the byte order they found.
 */
@CoreFunctions(defineModule = "_codecs")
public final class CodecsUtf16Builtins {

    private CodecsUtf16Builtins() {
    }

    /** The codec name for a width (16 or 32) and byte order; 0 is the BOM-writing form for encoding. */
    static String codec(int width, int byteorder) {
        String base = width == 16 ? "utf-16" : "utf-32";
        return byteorder == 0 ? base : byteorder < 0 ? base + "-le" : base + "-be";
    }

    @TruffleBoundary
    static PTuple decode(Node location, Object[] arguments, String function, int width, int byteorder, boolean ex) {
        byte[] b = CodecArgs.bytes(location, arguments[0]);
        String errors = CodecArgs.errors(location, arguments[1], function, 2);
        boolean fin = CodecArgs.flag(location, ex ? arguments[3] : arguments[2], false);
        int unit = width / 8;
        int from = 0;
        int order = byteorder;
        if (order == 0) {
            if (b.length < unit && !fin) {
                return result(new int[0], 0, 0, ex);
            }
            order = bom(b, width);
            from = order == 0 ? 0 : unit;
        }
        boolean big = order > 0;
        int end = fin ? b.length : width == 16 ? PartialDecoding.utf16(b, from, b.length, big) : PartialDecoding.utf32(from, b.length);
        int[] cps = CodecsFunctionBuiltins.decodeRange(location, b, from, end, codec(width, big ? 1 : -1), errors);
        return result(cps, end, order, ex);
    }

    private static PTuple result(int[] cps, int consumed, int order, boolean ex) {
        if (ex) {
            return new PTuple(new Object[]{StrCodePoints.fromArray(cps), (long) consumed, (long) order});
        }
        return CodecArgs.decoded(cps, consumed);
    }

    /** -1 for a little-endian BOM, 1 for a big-endian one, 0 for none. */
    private static int bom(byte[] b, int width) {
        if (width == 16 && b.length >= 2) {
            int b0 = b[0] & 0xFF;
            int b1 = b[1] & 0xFF;
            return b0 == 0xFF && b1 == 0xFE ? -1 : b0 == 0xFE && b1 == 0xFF ? 1 : 0;
        } else if (width == 32 && b.length >= 4) {
            if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
                return -1;
            }
            return b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF ? 1 : 0;
        }
        return 0;
    }

    @Builtin(name = "utf_16_encode", parameterNames = {"str", "errors", "byteorder"}, minNumOfPositionalArgs = 1)
    abstract static class Utf16EncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CodecsFunctionBuiltins.encode(this, arguments, "utf_16_encode", codec(16, CodecArgs.integer(this, arguments[2], 0)));
        }
    }

    @Builtin(name = "utf_16_le_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class Utf16LeEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CodecsFunctionBuiltins.encode(this, arguments, "utf_16_le_encode", "utf-16-le");
        }
    }

    @Builtin(name = "utf_16_be_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class Utf16BeEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CodecsFunctionBuiltins.encode(this, arguments, "utf_16_be_encode", "utf-16-be");
        }
    }

    @Builtin(name = "utf_16_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf16DecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_16_decode", 16, 0, false);
        }
    }

    @Builtin(name = "utf_16_le_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf16LeDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_16_le_decode", 16, -1, false);
        }
    }

    @Builtin(name = "utf_16_be_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf16BeDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_16_be_decode", 16, 1, false);
        }
    }

    @Builtin(name = "utf_16_ex_decode", parameterNames = {"data", "errors", "byteorder", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf16ExDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_16_ex_decode", 16, CodecArgs.integer(this, arguments[2], 0), true);
        }
    }

    @Builtin(name = "utf_32_encode", parameterNames = {"str", "errors", "byteorder"}, minNumOfPositionalArgs = 1)
    abstract static class Utf32EncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CodecsFunctionBuiltins.encode(this, arguments, "utf_32_encode", codec(32, CodecArgs.integer(this, arguments[2], 0)));
        }
    }

    @Builtin(name = "utf_32_le_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class Utf32LeEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CodecsFunctionBuiltins.encode(this, arguments, "utf_32_le_encode", "utf-32-le");
        }
    }

    @Builtin(name = "utf_32_be_encode", parameterNames = {"str", "errors"}, minNumOfPositionalArgs = 1)
    abstract static class Utf32BeEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CodecsFunctionBuiltins.encode(this, arguments, "utf_32_be_encode", "utf-32-be");
        }
    }

    @Builtin(name = "utf_32_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf32DecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_32_decode", 32, 0, false);
        }
    }

    @Builtin(name = "utf_32_le_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf32LeDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_32_le_decode", 32, -1, false);
        }
    }

    @Builtin(name = "utf_32_be_decode", parameterNames = {"data", "errors", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf32BeDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_32_be_decode", 32, 1, false);
        }
    }

    @Builtin(name = "utf_32_ex_decode", parameterNames = {"data", "errors", "byteorder", "final"}, minNumOfPositionalArgs = 1)
    abstract static class Utf32ExDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return decode(this, arguments, "utf_32_ex_decode", 32, CodecArgs.integer(this, arguments[2], 0), true);
        }
    }
}
