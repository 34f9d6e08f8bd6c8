package taipan.runtime.dict;

import com.oracle.truffle.api.strings.TruffleString;

/** The hash a dict stores for a str key, computed in compiled code; equal to {@code BuiltinEquality.hash(key)}. */
final class DictStrKey {

    private DictStrKey() {
    }

    /**
     * TruffleString's content hash (cached in the string after its first use), 0 for the empty str as in CPython, and
     * never -1. Must stay the value {@code BuiltinEquality.hash} gives a str: both kinds of caller share one table.
     */
    static long hash(TruffleString key, TruffleString.HashCodeNode hashNode) {
        if (key.isEmpty()) {
            return 0;
        }
        int h = hashNode.execute(key, TruffleString.Encoding.UTF_32);
        return h == -1 ? -2 : h;
    }
}
