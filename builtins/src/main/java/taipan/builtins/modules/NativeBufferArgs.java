package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.bytes.PMemoryView;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** Arguments of the natives (binascii, zlib, the hashes): bytes-like objects read through the buffer protocol. */
final class NativeBufferArgs {

    private NativeBufferArgs() {
    }

    /** The bytes of a bytes-like object, or null when {@code value} exports no buffer. */
    @TruffleBoundary
    static byte[] bytesOrNull(Object value) {
        if (value instanceof PBytesLike b) {
            return b.toByteArray();
        } else if (value instanceof PMemoryView m) {
            return m.toBytes();
        } else if (value instanceof taipan.runtime.array.PArray a) {
            return a.toBytes();
        }
        return null;
    }

    /** A bytes-like argument; TypeError "a bytes-like object is required, not 'str'" otherwise. */
    static byte[] bytes(Node node, Object value) {
        byte[] bytes = bytesOrNull(value);
        if (bytes == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                            PythonErrors.typeName(node, value));
        }
        return bytes;
    }

    /** A bytes-like argument that may be omitted ({@code b''} then). */
    static byte[] optionalBytes(Node node, Object value) {
        return value == PNone.NO_VALUE ? new byte[0] : bytes(node, value);
    }

    /** binascii's a2b_* input: bytes-like, or a str of ASCII characters only. */
    @TruffleBoundary
    static byte[] asciiData(Node node, Object value) {
        if (value instanceof TruffleString s) {
            String text = PyStrings.toJava(s);
            byte[] out = new byte[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c > 127) {
                    throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                                    "string argument should contain only ASCII characters");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        byte[] bytes = bytesOrNull(value);
        if (bytes == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                            "argument should be bytes, buffer or ASCII string, not '%s'", PythonErrors.typeName(node, value));
        }
        return bytes;
    }

    /** Lower-case hex of {@code bytes}. */
    static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }
}
