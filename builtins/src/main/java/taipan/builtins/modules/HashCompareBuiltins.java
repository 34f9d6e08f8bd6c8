package taipan.builtins.modules;

import java.security.MessageDigest;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code _operator._compare_digest}, which {@code hmac.compare_digest} is when there is no {@code _hashlib}. */
@CoreFunctions(defineModule = "_operator")
public final class HashCompareBuiltins {

    private HashCompareBuiltins() {
    }

    /** The bytes to compare: ASCII str or bytes-like, both of the same kind. */
    @TruffleBoundary
    static byte[] operand(Node node, Object value, Object other) {
        if (value instanceof TruffleString s && other instanceof TruffleString) {
            String text = PyStrings.toJava(s);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 127) {
                    throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                                    "comparing strings with non-ASCII characters is not supported");
                }
            }
            return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        byte[] bytes = NativeBufferArgs.bytesOrNull(value);
        if (bytes == null && NativeBufferArgs.bytesOrNull(other) == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                            "unsupported operand types(s) or combination of types: '%s' and '%s'",
                            PythonErrors.typeName(node, value), PythonErrors.typeName(node, other));
        } else if (bytes == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                            PythonErrors.typeName(node, value));
        }
        return bytes;
    }

    @Builtin(name = "_compare_digest", parameterNames = {"a", "b"}, minNumOfPositionalArgs = 2)
    abstract static class CompareDigestNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doCompare(Object a, Object b) {
            // constant time in the length of b, as CPython's, so timing does not leak where they differ
            return MessageDigest.isEqual(operand(this, a, b), operand(this, b, a));
        }
    }
}
