package taipan.runtime.dict;

import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.list.ElementOps;
import taipan.runtime.object.ContainerHash;

/**
 * The hash a dict stores for a str key (or a tuple key's str items), computed in compiled code; always equal to what
 * {@code BuiltinEquality.hash} gives the same key, since both kinds of caller share one table.
 */
final class DictStrKey {

    private DictStrKey() {
    }

    /** TruffleString's content hash (cached in the string after its first use), 0 for the empty str as in CPython, never -1. */
    static long hash(TruffleString key, TruffleString.HashCodeNode hashNode) {
        if (key.isEmpty()) {
            return 0;
        }
        int h = hashNode.execute(key, TruffleString.Encoding.UTF_32);
        return h == -1 ? -2 : h;
    }

    /** {@code hash(tuple)} ({@link ContainerHash#tuple}) with its str items hashed here, the others through {@code ops}. */
    static long tupleHash(Object[] items, ElementOps ops, TruffleString.HashCodeNode hashNode) {
        long acc = ContainerHash.TUPLE_SEED;
        for (Object item : items) {
            acc = ContainerHash.tupleStep(acc, item instanceof TruffleString s ? hash(s, hashNode) : ops.hash(item));
        }
        return ContainerHash.tupleFinish(acc, items.length);
    }
}
