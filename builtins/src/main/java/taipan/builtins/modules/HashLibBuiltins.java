package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.hash.PHash;
import taipan.runtime.hash.Pbkdf2;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code _hashlib}, in the part that needs no OpenSSL: {@code new}, {@code openssl_sha256} (which {@code hmac}
 * needs to exist), {@code pbkdf2_hmac} and {@code compare_digest}, all on the built-in hashes. HMAC objects are
 * left to {@code hmac}'s pure-Python code: {@code hmac_new} always declines with UnsupportedDigestmodError.
 */
@CoreFunctions(defineModule = "_hashlib")
public final class HashLibBuiltins {

    private HashLibBuiltins() {
    }

    /** The hash kind named {@code name} (as hashlib spells them), or ValueError "unsupported hash type". */
    @TruffleBoundary
    static HashArgs.Kind kind(Node node, Object name) {
        if (name instanceof TruffleString s) {
            String text = PyStrings.toJava(s).toLowerCase(java.util.Locale.ROOT).replace("-", "");
            for (HashArgs.Kind kind : HashArgs.KINDS) {
                if (kind.name().equals(text)) {
                    return kind;
                }
            }
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "unsupported hash type %s", PyStrings.toJava(s));
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "new() argument 'name' must be str, not %s",
                        PythonErrors.typeName(node, name));
    }

    static PHash create(Node node, HashArgs.Kind kind, Object data, Object string) {
        return HashArgs.create(node, TaipanLanguage.get(node).getBuiltinClass(kind.type()), kind, data, string);
    }

    @Builtin(name = "new", parameterNames = {"name", "data"}, minNumOfPositionalArgs = 1, positionalOnly = false,
                    keywordOnlyNames = {"usedforsecurity", "string"})
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doNew(Object[] a) {
            return create(this, kind(this, a[0]), a[1], a[3]);
        }
    }

    @Builtin(name = "openssl_sha256", parameterNames = "data", positionalOnly = false, keywordOnlyNames = {"usedforsecurity", "string"})
    abstract static class Sha256Node extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doNew(Object[] a) {
            return create(this, HashArgs.KINDS[3], a[0], a[2]);
        }
    }

    @Builtin(name = "pbkdf2_hmac", parameterNames = {"hash_name", "password", "salt", "iterations", "dklen"},
                    minNumOfPositionalArgs = 4, positionalOnly = false)
    abstract static class Pbkdf2HmacNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        PBytes doDerive(Object[] a) {
            HashArgs.Kind kind = kind(this, a[0]);
            byte[] password = NativeBufferArgs.bytes(this, a[1]);
            byte[] salt = NativeBufferArgs.bytes(this, a[2]);
            long iterations = NumberArgs.asLong(this, a[3]);
            if (iterations < 1) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "iteration value must be greater than 0.");
            }
            long length = a[4] == PNone.NO_VALUE || a[4] == PNone.NONE ? kind.digestSize() : NumberArgs.asLong(this, a[4]);
            if (length < 1) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "key length must be greater than 0.");
            } else if (kind.digestSize() == 0 || length > Integer.MAX_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "unsupported hash type");
            }
            return new PBytes(new Pbkdf2(kind.engine(), kind.blockSize(), password).derive(salt, iterations, (int) length));
        }
    }

    @Builtin(name = "compare_digest", parameterNames = {"a", "b"}, minNumOfPositionalArgs = 2)
    abstract static class CompareDigestNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doCompare(Object a, Object b) {
            return java.security.MessageDigest.isEqual(HashCompareBuiltins.operand(this, a, b), HashCompareBuiltins.operand(this, b, a));
        }
    }

    @Builtin(name = "hmac_new", parameterNames = {"key", "msg", "digestmod"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class HmacNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doNew(@SuppressWarnings("unused") Object[] a) {
            throw PythonErrors.raise(this, BuiltinType.HASHLIB_UNSUPPORTED_DIGESTMOD, "unsupported hash type");
        }
    }

    @Builtin(name = "hmac_digest", parameterNames = {"key", "msg", "digest"}, minNumOfPositionalArgs = 3, positionalOnly = false)
    abstract static class HmacDigestNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doDigest(@SuppressWarnings("unused") Object[] a) {
            throw PythonErrors.raise(this, BuiltinType.HASHLIB_UNSUPPORTED_DIGESTMOD, "unsupported hash type");
        }
    }

    @Builtin(name = "get_fips_mode")
    abstract static class GetFipsModeNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doGet(@SuppressWarnings("unused") Object[] a) {
            return 0;
        }
    }
}
