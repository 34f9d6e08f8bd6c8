package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.hash.PHash;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code digest(length)} and {@code hexdigest(length)} of {@code _sha3.shake_128}/{@code shake_256}. */
@CoreFunctions(extendClasses = {BuiltinType.HASH_SHAKE_128, BuiltinType.HASH_SHAKE_256})
public final class HashShakeBuiltins {

    private HashShakeBuiltins() {
    }

    static int length(Node node, Object length) {
        long n = NumberArgs.asLong(node, length);
        if (n < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "negative digest length");
        } else if (n >= (1L << 29)) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "digest length is too large");
        }
        return (int) n;
    }

    @Builtin(name = "digest", parameterNames = {"self", "length"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class DigestNode extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doDigest(PHash self, Object length) {
            return new PBytes(self.digest(length(this, length)));
        }
    }

    @Builtin(name = "hexdigest", parameterNames = {"self", "length"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class HexDigestNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doDigest(PHash self, Object length) {
            return PyStrings.of(NativeBufferArgs.hex(self.digest(length(this, length))));
        }
    }
}
