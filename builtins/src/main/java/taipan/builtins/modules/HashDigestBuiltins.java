package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.hash.PHash;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code digest()} and {@code hexdigest()} of the fixed-size hashes; SHAKE's take a length ({@link HashShakeBuiltins}). */
@CoreFunctions(extendClasses = {BuiltinType.HASH_MD5, BuiltinType.HASH_SHA1, BuiltinType.HASH_SHA224,
                BuiltinType.HASH_SHA256, BuiltinType.HASH_SHA384, BuiltinType.HASH_SHA512, BuiltinType.HASH_SHA3_224,
                BuiltinType.HASH_SHA3_256, BuiltinType.HASH_SHA3_384, BuiltinType.HASH_SHA3_512,
                BuiltinType.HASH_BLAKE2B, BuiltinType.HASH_BLAKE2S})
public final class HashDigestBuiltins {

    private HashDigestBuiltins() {
    }

    @Builtin(name = "digest", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DigestNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PBytes doDigest(PHash self) {
            return new PBytes(self.digest());
        }
    }

    @Builtin(name = "hexdigest", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HexDigestNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doDigest(PHash self) {
            return PyStrings.of(NativeBufferArgs.hex(self.digest()));
        }
    }
}
