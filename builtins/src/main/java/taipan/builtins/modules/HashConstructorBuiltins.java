package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.hash.PHash;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The constructors of {@code _md5.md5}, {@code _sha1.sha1}, {@code _sha3.*} and the {@code _sha2} functions
 * (CPython's {@code Modules/md5module.c}, {@code sha1module.c}, {@code sha2module.c}, {@code sha3module.c}).
 */
@CoreFunctions(defineModule = "_sha2")
public final class HashConstructorBuiltins {

    private HashConstructorBuiltins() {
    }

    @Builtin(name = "md5", parameterNames = {"cls", "data"}, minNumOfPositionalArgs = 1, positionalOnly = false,
                    keywordOnlyNames = {"usedforsecurity", "string"}, constructsClass = {BuiltinType.HASH_MD5,
                                    BuiltinType.HASH_SHA1, BuiltinType.HASH_SHA224, BuiltinType.HASH_SHA256,
                                    BuiltinType.HASH_SHA384, BuiltinType.HASH_SHA512, BuiltinType.HASH_SHA3_224,
                                    BuiltinType.HASH_SHA3_256, BuiltinType.HASH_SHA3_384, BuiltinType.HASH_SHA3_512,
                                    BuiltinType.HASH_SHAKE_128, BuiltinType.HASH_SHAKE_256})
    abstract static class HashNode extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doCreate(Object[] arguments) {
            PythonClass cls = (PythonClass) arguments[0];
            return HashArgs.create(this, cls, HashArgs.kindOf(this, cls), arguments[1], arguments[3]);
        }
    }

    /** A {@code _sha2} function: builds the hash of {@code kind}. */
    static PHash sha2(PythonVarargsBuiltinNode node, int kind, Object[] arguments) {
        HashArgs.Kind k = HashArgs.KINDS[kind];
        PythonClass cls = TaipanLanguage.get(node).getBuiltinClass(k.type());
        return HashArgs.create(node, cls, k, arguments[0], arguments[2]);
    }

    @Builtin(name = "sha224", parameterNames = "data", keywordOnlyNames = {"usedforsecurity", "string"}, positionalOnly = false)
    abstract static class Sha224Node extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doCreate(Object[] arguments) {
            return sha2(this, 2, arguments);
        }
    }

    @Builtin(name = "sha256", parameterNames = "data", keywordOnlyNames = {"usedforsecurity", "string"}, positionalOnly = false)
    abstract static class Sha256Node extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doCreate(Object[] arguments) {
            return sha2(this, 3, arguments);
        }
    }

    @Builtin(name = "sha384", parameterNames = "data", keywordOnlyNames = {"usedforsecurity", "string"}, positionalOnly = false)
    abstract static class Sha384Node extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doCreate(Object[] arguments) {
            return sha2(this, 4, arguments);
        }
    }

    @Builtin(name = "sha512", parameterNames = "data", keywordOnlyNames = {"usedforsecurity", "string"}, positionalOnly = false)
    abstract static class Sha512Node extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doCreate(Object[] arguments) {
            return sha2(this, 5, arguments);
        }
    }
}
