package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.hash.PHash;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The methods every hash object shares ({@code update}, {@code copy}, {@code name}, the sizes). */
@CoreFunctions(extendClasses = {BuiltinType.HASH_MD5, BuiltinType.HASH_SHA1, BuiltinType.HASH_SHA224,
                BuiltinType.HASH_SHA256, BuiltinType.HASH_SHA384, BuiltinType.HASH_SHA512, BuiltinType.HASH_SHA3_224,
                BuiltinType.HASH_SHA3_256, BuiltinType.HASH_SHA3_384, BuiltinType.HASH_SHA3_512,
                BuiltinType.HASH_SHAKE_128, BuiltinType.HASH_SHAKE_256, BuiltinType.HASH_BLAKE2B, BuiltinType.HASH_BLAKE2S})
public final class HashTypeBuiltins {

    private HashTypeBuiltins() {
    }

    @Builtin(name = "update", parameterNames = {"self", "obj"}, minNumOfPositionalArgs = 2)
    abstract static class UpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUpdate(PHash self, Object obj) {
            self.update(HashArgs.data(this, obj));
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        PHash doCopy(PHash self) {
            return HashArgs.copy(this, self);
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "name", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doName(PHash self) {
            return PyStrings.of(self.getName());
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "digest_size", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DigestSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doSize(PHash self) {
            return self.getDigestSize();
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "block_size", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BlockSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doSize(PHash self) {
            return self.getBlockSize();
        }
    }
}
