package taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** {@code x in bytes}: an int byte value or a bytes-like subsequence ({@code bytes_contains}). */
public final class BytesContains {

    private BytesContains() {
    }

    public static boolean contains(Node location, PBytesLike container, Object item) {
        if (item instanceof Long l) {
            return BytesOps.indexOf(container.array(), container.length(), byteValue(location, l), 0) >= 0;
        } else if (item instanceof Boolean b) {
            return BytesOps.indexOf(container.array(), container.length(), b ? 1 : 0, 0) >= 0;
        } else if (item instanceof PBytesLike sub) {
            return BytesOps.find(container.array(), container.length(), sub.toByteArray(), 0,
                            container.length()) >= 0;
        }
        throw notBytesLike(location, item);
    }

    /** An int that must be a byte value: ValueError "byte must be in range(0, 256)" otherwise. */
    public static int byteValue(Node location, long value) {
        if (value < 0 || value > 255) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "byte must be in range(0, 256)");
        }
        return (int) value;
    }

    @TruffleBoundary
    public static RuntimeException notBytesLike(Node location, Object item) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                        PythonErrors.typeName(location, item));
    }
}
