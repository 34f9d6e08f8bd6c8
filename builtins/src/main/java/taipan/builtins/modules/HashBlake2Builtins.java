package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.hash.Blake2b;
import taipan.runtime.hash.Blake2s;
import taipan.runtime.hash.HashEngine;
import taipan.runtime.hash.PHash;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _blake2.blake2b} and {@code blake2s} (CPython's {@code Modules/_blake2/blake2b_impl.c}) with every parameter. */
@CoreFunctions(defineModule = "_blake2")
public final class HashBlake2Builtins {

    private HashBlake2Builtins() {
    }

    /** The parameter block of RFC 7693 from the arguments after {@code cls, data}; {@code big} for BLAKE2b. */
    @TruffleBoundary
    static PHash create(Node node, Object[] a, boolean big) {
        int out = big ? 64 : 32;
        int saltSize = big ? 16 : 8;
        long digestSize = arg(node, a[2], out);
        if (digestSize < 1 || digestSize > out) {
            throw error(node, "digest_size must be between 1 and %d bytes", out);
        }
        byte[] key = a[3] == PNone.NO_VALUE ? new byte[0] : NativeBufferArgs.bytes(node, a[3]);
        byte[] salt = a[4] == PNone.NO_VALUE ? new byte[0] : NativeBufferArgs.bytes(node, a[4]);
        byte[] person = a[5] == PNone.NO_VALUE ? new byte[0] : NativeBufferArgs.bytes(node, a[5]);
        if (key.length > out) {
            throw error(node, "maximum key length is %d bytes", out);
        } else if (salt.length > saltSize) {
            throw error(node, "maximum salt length is %d bytes", saltSize);
        } else if (person.length > saltSize) {
            throw error(node, "maximum person length is %d bytes", saltSize);
        }
        long fanout = arg(node, a[6], 1);
        long depth = arg(node, a[7], 1);
        long leafSize = arg(node, a[8], 0);
        long nodeOffset = arg(node, a[9], 0);
        long nodeDepth = arg(node, a[10], 0);
        long innerSize = arg(node, a[11], 0);
        if (fanout < 0 || fanout > 255) {
            throw error(node, "fanout must be between 0 and 255");
        } else if (depth <= 0 || depth > 255) {
            throw error(node, "depth must be between 1 and 255");
        } else if (leafSize < 0 || leafSize > 0xFFFFFFFFL) {
            throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, "leaf_size is too large");
        } else if (nodeOffset < 0 || (!big && nodeOffset > 0xFFFFFFFFFFFFL)) {
            throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, "node_offset is too large");
        } else if (nodeDepth < 0 || nodeDepth > 255) {
            throw error(node, "node_depth must be between 0 and 255");
        } else if (innerSize < 0 || innerSize > out) {
            throw error(node, "inner_size must be between 0 and is %d", out);
        }
        byte[] param = new byte[big ? 64 : 32];
        param[0] = (byte) digestSize;
        param[1] = (byte) key.length;
        param[2] = (byte) fanout;
        param[3] = (byte) depth;
        putLittleEndian(param, 4, leafSize, 4);
        putLittleEndian(param, 8, nodeOffset, big ? 8 : 6);
        param[big ? 16 : 14] = (byte) nodeDepth;
        param[big ? 17 : 15] = (byte) innerSize;
        System.arraycopy(salt, 0, param, big ? 32 : 16, salt.length);
        System.arraycopy(person, 0, param, big ? 48 : 24, person.length);
        boolean lastNode = a[12] == Boolean.TRUE || (a[12] instanceof Long l && l != 0);
        HashEngine engine = big ? new Blake2b(param, key, lastNode) : new Blake2s(param, key, lastNode);
        PythonClass cls = (PythonClass) a[0];
        PHash hash = new PHash(cls.getInstanceShape(), engine, big ? "blake2b" : "blake2s", (int) digestSize, big ? 128 : 64);
        Object data = HashArgs.initialData(node, a[1], a[14]);
        if (data != PNone.NO_VALUE && data != PNone.NONE) {
            hash.update(HashArgs.data(node, data));
        }
        return hash;
    }

    private static long arg(Node node, Object value, long absent) {
        return value == PNone.NO_VALUE ? absent : NumberArgs.asLong(node, value);
    }

    private static RuntimeException error(Node node, String format, Object... args) {
        return PythonErrors.raise(node, BuiltinType.VALUE_ERROR, format, args);
    }

    private static void putLittleEndian(byte[] into, int offset, long value, int count) {
        for (int i = 0; i < count; i++) {
            into[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    @Builtin(name = "blake2b", parameterNames = {"cls", "data"}, minNumOfPositionalArgs = 1, positionalOnly = true,
                    keywordOnlyNames = {"digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                                    "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", "string"},
                    constructsClass = BuiltinType.HASH_BLAKE2B)
    abstract static class Blake2bNode extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doCreate(Object[] arguments) {
            return create(this, arguments, true);
        }
    }

    @Builtin(name = "blake2s", parameterNames = {"cls", "data"}, minNumOfPositionalArgs = 1, positionalOnly = true,
                    keywordOnlyNames = {"digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                                    "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", "string"},
                    constructsClass = BuiltinType.HASH_BLAKE2S)
    abstract static class Blake2sNode extends PythonVarargsBuiltinNode {
        @Specialization
        PHash doCreate(Object[] arguments) {
            return create(this, arguments, false);
        }
    }
}
