package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.bytes.PMemoryView;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/**
 * {@code __buffer__(flags)} (PEP 688) of the built-in buffer exporters: a memoryview of the object, and the
 * method {@code collections.abc.Buffer}'s structural check looks for.
 */
@CoreFunctions(extendClasses = {BuiltinType.BYTES, BuiltinType.BYTEARRAY, BuiltinType.MEMORYVIEW})
public final class BufferDunderBuiltins {

    private BufferDunderBuiltins() {
    }

    @Builtin(name = "__buffer__", parameterNames = {"self", "flags"}, minNumOfPositionalArgs = 2)
    abstract static class BufferNode extends PythonBinaryBuiltinNode {

        @Specialization
        static PMemoryView doBytes(PBytesLike self, @SuppressWarnings("unused") Object flags) {
            return PMemoryView.of(self);
        }

        @Specialization
        static PMemoryView doView(PMemoryView self, @SuppressWarnings("unused") Object flags) {
            return new PMemoryView(self.getBase(), self.getOffset(), self.length(), self.getStride(),
                            self.getFormat(), self.isReadonly(), self.getShape());
        }

        @Specialization(guards = "!isBuffer(self)")
        Object doOther(Object self, @SuppressWarnings("unused") Object flags) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                            PythonErrors.typeName(this, self));
        }

        static boolean isBuffer(Object value) {
            return value instanceof PBytesLike || value instanceof PMemoryView;
        }
    }
}
