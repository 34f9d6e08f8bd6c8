package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.hash.PZlibStream;
import taipan.runtime.hash.PZlibStream.ZlibException;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** Methods of {@code zlib.Compress} and {@code zlib.Decompress} objects. */
@CoreFunctions(extendClasses = {BuiltinType.ZLIB_COMPRESS, BuiltinType.ZLIB_DECOMPRESS})
public final class ZlibStreamBuiltins {

    private ZlibStreamBuiltins() {
    }

    @Builtin(name = "compress", parameterNames = {"self", "data"}, minNumOfPositionalArgs = 2)
    abstract static class CompressNode extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doCompress(PZlibStream self, Object data) {
            try {
                return new PBytes(self.compress(NativeBufferArgs.bytes(this, data)));
            } catch (ZlibException e) {
                throw ZlibArgs.error(this, e, "compressing data");
            }
        }
    }

    @Builtin(name = "decompress", parameterNames = {"self", "data", "max_length"}, minNumOfPositionalArgs = 2,
                    positionalOnlyCount = 2, positionalOnly = false)
    abstract static class DecompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        PBytes doDecompress(PZlibStream self, Object data, Object maxLength) {
            long max = ZlibArgs.integer(this, maxLength, 0);
            if (max < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "max_length must be non-negative");
            }
            try {
                return new PBytes(self.decompress(NativeBufferArgs.bytes(this, data), (int) Math.min(max, Integer.MAX_VALUE)));
            } catch (ZlibException e) {
                throw ZlibArgs.error(this, e, "decompressing data");
            }
        }
    }

    /** Compress.flush(mode=Z_FINISH) and Decompress.flush(length=16384). */
    @Builtin(name = "flush", parameterNames = {"self", "mode"}, minNumOfPositionalArgs = 1)
    abstract static class FlushNode extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doFlush(PZlibStream self, Object mode) {
            try {
                if (self.isDecompressor()) {
                    if (mode != PNone.NO_VALUE && NumberArgs.asLong(this, mode) <= 0) {
                        throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "length must be greater than zero");
                    }
                    return new PBytes(self.flushDecompress());
                }
                return new PBytes(self.flush((int) ZlibArgs.integer(this, mode, 4)));
            } catch (ZlibException e) {
                throw ZlibArgs.error(this, e, self.isDecompressor() ? "decompressing data" : "flushing");
            }
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "unused_data", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class UnusedDataNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PBytes doGet(PZlibStream self) {
            return new PBytes(self.getUnusedData());
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "unconsumed_tail", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class UnconsumedTailNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PBytes doGet(PZlibStream self) {
            return new PBytes(self.getUnconsumedTail());
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "eof", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EofNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doGet(PZlibStream self) {
            return self.isEof();
        }
    }
}
