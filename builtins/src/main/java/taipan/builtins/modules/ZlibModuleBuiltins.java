package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.hash.Checksums;
import taipan.runtime.hash.PZlibStream;
import taipan.runtime.hash.PZlibStream.ZlibException;
import taipan.runtime.type.BuiltinType;

/** The {@code zlib} module's functions on {@code java.util.zip} (CPython's {@code Modules/zlibmodule.c}). */
@CoreFunctions(defineModule = "zlib")
public final class ZlibModuleBuiltins {

    private ZlibModuleBuiltins() {
    }

    static com.oracle.truffle.api.object.Shape shape(Node node, BuiltinType type) {
        return TaipanLanguage.get(node).getBuiltinClass(type).getInstanceShape();
    }

    @TruffleBoundary
    static byte[] compress(Node node, byte[] data, int level, int format) {
        PZlibStream stream = PZlibStream.compressor(shape(node, BuiltinType.ZLIB_COMPRESS), level, format, 0, null);
        try {
            byte[] head = stream.compress(data);
            byte[] tail = stream.flush(4);
            byte[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
            System.arraycopy(tail, 0, out, head.length, tail.length);
            return out;
        } catch (ZlibException e) {
            throw ZlibArgs.error(node, e, "compressing data");
        }
    }

    @TruffleBoundary
    static byte[] decompress(Node node, byte[] data, int format) {
        PZlibStream stream = PZlibStream.decompressor(shape(node, BuiltinType.ZLIB_DECOMPRESS), format, null);
        try {
            byte[] out = stream.decompress(data, 0);
            if (!stream.isEof()) {
                throw ZlibArgs.error(node, new ZlibException(-5, ""), "decompressing data");
            }
            return out;
        } catch (ZlibException e) {
            throw ZlibArgs.error(node, e, "decompressing data");
        }
    }

    @Builtin(name = "compress", parameterNames = {"data", "level", "wbits"}, minNumOfPositionalArgs = 1,
                    positionalOnlyCount = 1, positionalOnly = false)
    abstract static class CompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        PBytes doCompress(Object data, Object level, Object wbits) {
            return new PBytes(compress(this, NativeBufferArgs.bytes(this, data), ZlibArgs.level(this, level),
                            ZlibArgs.format(this, wbits, false)));
        }
    }

    @Builtin(name = "decompress", parameterNames = {"data", "wbits", "bufsize"}, minNumOfPositionalArgs = 1,
                    positionalOnlyCount = 1, positionalOnly = false)
    abstract static class DecompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        PBytes doDecompress(Object data, Object wbits, @SuppressWarnings("unused") Object bufsize) {
            return new PBytes(decompress(this, NativeBufferArgs.bytes(this, data), ZlibArgs.format(this, wbits, true)));
        }
    }

    @Builtin(name = "compressobj", parameterNames = {"level", "method", "wbits", "memLevel", "strategy", "zdict"},
                    positionalOnly = false)
    abstract static class CompressObjNode extends PythonVarargsBuiltinNode {
        @Specialization
        PZlibStream doCreate(Object[] a) {
            int level = ZlibArgs.level(this, a[0]);
            long method = ZlibArgs.integer(this, a[1], 8);
            long memLevel = ZlibArgs.integer(this, a[3], 8);
            int format = ZlibArgs.format(this, a[2], false);
            if (method != 8 || memLevel < 1 || memLevel > 9) {
                throw taipan.runtime.exception.PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "Invalid initialization option");
            }
            return PZlibStream.compressor(shape(this, BuiltinType.ZLIB_COMPRESS), level, format,
                            (int) ZlibArgs.integer(this, a[4], 0), ZlibArgs.zdict(this, a[5]));
        }
    }

    @Builtin(name = "decompressobj", parameterNames = {"wbits", "zdict"}, positionalOnly = false)
    abstract static class DecompressObjNode extends PythonBinaryBuiltinNode {
        @Specialization
        PZlibStream doCreate(Object wbits, Object zdict) {
            return PZlibStream.decompressor(shape(this, BuiltinType.ZLIB_DECOMPRESS), ZlibArgs.format(this, wbits, true),
                            ZlibArgs.zdict(this, zdict));
        }
    }

    @Builtin(name = "crc32", parameterNames = {"data", "value"}, minNumOfPositionalArgs = 1)
    abstract static class Crc32Node extends PythonBinaryBuiltinNode {
        @Specialization
        long doCrc(Object data, Object value) {
            return Checksums.crc32(NativeBufferArgs.bytes(this, data), ZlibArgs.unsigned32(this, value, 0));
        }
    }

    @Builtin(name = "adler32", parameterNames = {"data", "value"}, minNumOfPositionalArgs = 1)
    abstract static class Adler32Node extends PythonBinaryBuiltinNode {
        @Specialization
        long doAdler(Object data, Object value) {
            return Checksums.adler32(NativeBufferArgs.bytes(this, data), ZlibArgs.unsigned32(this, value, 1));
        }
    }
}
