package taipan.builtins.modules;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * {@code _io._RawIOBase}'s {@code read} (through the subclass's {@code readinto}) and {@code readall} (through
 * {@code read}), as CPython's {@code Modules/_io/iobase.c}.
 */
@CoreFunctions(extendClasses = BuiltinType.RAW_IO_BASE)
public final class IoRawBaseBuiltins {

    private IoRawBaseBuiltins() {
    }

    @Builtin(name = "read", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object size) {
            long n = IoArgs.size(this, size);
            if (n < 0) {
                return IoArgs.callMethod(this, self, "readall");
            }
            return readInto(this, self, (int) Math.min(n, Integer.MAX_VALUE));
        }

        @TruffleBoundary
        private static Object readInto(Node node, Object self, int n) {
            PByteArray buffer = new PByteArray(new byte[n]);
            Object got = IoArgs.callMethod(node, self, "readinto", buffer);
            if (got == PNone.NONE) {
                return PNone.NONE;
            }
            int count = (int) NumberArgs.asLong(node, got);
            byte[] data = buffer.toByteArray();
            return new PBytes(java.util.Arrays.copyOf(data, Math.min(count, data.length)));
        }
    }

    @Builtin(name = "readall", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadallNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return readAll(this, self);
        }

        @TruffleBoundary
        private static Object readAll(Node node, Object self) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                Object chunk = IoArgs.callMethod(node, self, "read", IoModuleBuiltins.DEFAULT_BUFFER_SIZE);
                if (chunk == PNone.NONE) {
                    return out.size() == 0 ? PNone.NONE : new PBytes(out.toByteArray());
                }
                PBytesLike bytes = IoBytesIOBuiltins.bytesLike(node, chunk);
                if (bytes.length() == 0) {
                    return new PBytes(out.toByteArray());
                }
                out.write(bytes.toByteArray(), 0, bytes.length());
            }
        }
    }
}
