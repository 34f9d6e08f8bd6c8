package taipan.builtins.modules;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.hash.HashEngine;
import taipan.runtime.hash.JdkHash;
import taipan.runtime.hash.Keccak;
import taipan.runtime.hash.PHash;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The hash objects' kinds (name, sizes, engine) and their argument checks, as CPython's hash modules give them. */
final class HashArgs {

    /** One kind of hash: its class, its {@code name}, digest and block sizes, and a fresh engine. */
    record Kind(BuiltinType type, String name, int digestSize, int blockSize, Supplier<HashEngine> engine) {
    }

    static final Kind[] KINDS = {
        new Kind(BuiltinType.HASH_MD5, "md5", 16, 64, () -> JdkHash.of("MD5")),
        new Kind(BuiltinType.HASH_SHA1, "sha1", 20, 64, () -> JdkHash.of("SHA-1")),
        new Kind(BuiltinType.HASH_SHA224, "sha224", 28, 64, () -> JdkHash.of("SHA-224")),
        new Kind(BuiltinType.HASH_SHA256, "sha256", 32, 64, () -> JdkHash.of("SHA-256")),
        new Kind(BuiltinType.HASH_SHA384, "sha384", 48, 128, () -> JdkHash.of("SHA-384")),
        new Kind(BuiltinType.HASH_SHA512, "sha512", 64, 128, () -> JdkHash.of("SHA-512")),
        new Kind(BuiltinType.HASH_SHA3_224, "sha3_224", 28, 144, () -> Keccak.sha3(224)),
        new Kind(BuiltinType.HASH_SHA3_256, "sha3_256", 32, 136, () -> Keccak.sha3(256)),
        new Kind(BuiltinType.HASH_SHA3_384, "sha3_384", 48, 104, () -> Keccak.sha3(384)),
        new Kind(BuiltinType.HASH_SHA3_512, "sha3_512", 64, 72, () -> Keccak.sha3(512)),
        new Kind(BuiltinType.HASH_SHAKE_128, "shake_128", 0, 168, () -> Keccak.shake(128)),
        new Kind(BuiltinType.HASH_SHAKE_256, "shake_256", 0, 136, () -> Keccak.shake(256))};

    private HashArgs() {
    }

    /** The kind whose class is {@code cls} or a base of it. */
    @TruffleBoundary
    static Kind kindOf(Node node, PythonClass cls) {
        TaipanLanguage language = TaipanLanguage.get(node);
        for (PythonClass base : cls.getMro()) {
            for (Kind kind : KINDS) {
                if (language.getBuiltinClass(kind.type()) == base) {
                    return kind;
                }
            }
        }
        throw PythonErrors.shouldNotReachHere(node, "hash kind of " + cls.getName());
    }

    /** A new hash object of {@code kind} fed {@code data} (or the deprecated keyword {@code string}). */
    @TruffleBoundary
    static PHash create(Node node, PythonClass cls, Kind kind, Object data, Object string) {
        PHash hash = new PHash(cls.getInstanceShape(), kind.engine().get(), kind.name(), kind.digestSize(), kind.blockSize());
        Object initial = initialData(node, data, string);
        if (initial != PNone.NO_VALUE && initial != PNone.NONE) {
            hash.update(data(node, initial));
        }
        return hash;
    }

    /** CPython's {@code _Py_hashlib_data_argument}: {@code data} and {@code string} name the same thing. */
    static Object initialData(Node node, Object data, Object string) {
        boolean hasString = string != PNone.NO_VALUE && string != PNone.NONE;
        if (data != PNone.NO_VALUE && hasString) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'data' and 'string' are mutually exclusive " +
                            "and support for 'string' keyword parameter is slated for removal in a future version.");
        }
        return hasString ? string : data;
    }

    /** What {@code update} hashes: a bytes-like object; a str must be encoded first. */
    static byte[] data(Node node, Object value) {
        if (value instanceof TruffleString) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "Strings must be encoded before hashing");
        }
        byte[] bytes = NativeBufferArgs.bytesOrNull(value);
        if (bytes == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "object supporting the buffer API required");
        }
        return bytes;
    }

    /** The class to give {@code hash.copy()}: the original's. */
    @TruffleBoundary
    static PHash copy(Node node, PHash hash) {
        return hash.copy(PythonTypes.classOf(TaipanLanguage.get(node), hash).getInstanceShape());
    }
}
