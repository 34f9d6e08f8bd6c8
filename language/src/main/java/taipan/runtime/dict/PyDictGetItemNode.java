package taipan.runtime.dict;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PTuple;
import taipan.threading.ThreadingMode;

/**
 * The value of {@code key} in a dict's storage, or null if absent (CPython's {@code PyDict_GetItemWithError}). A str
 * key (or a tuple key's str items) hashes and compares in compiled code; any other key goes through {@link BuiltinEquality}.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class PyDictGetItemNode extends Node {

    public abstract Object execute(Node inliningTarget, ThreadingMode mode, DictStorage storage, Object key);

    @Specialization
    static Object doStr(ThreadingMode mode, DictStorage storage, TruffleString key,
                    @Cached(inline = false) TruffleString.HashCodeNode hashNode,
                    @Cached(inline = false) TruffleString.EqualNode equalNode) {
        return storage.get(mode, new BuiltinEquality(mode), key, DictStrKey.hash(key, hashNode), equalNode);
    }

    @Specialization
    static Object doTuple(ThreadingMode mode, DictStorage storage, PTuple key,
                    @Cached(inline = false) TruffleString.HashCodeNode hashNode,
                    @Cached(inline = false) TruffleString.EqualNode equalNode) {
        BuiltinEquality ops = new BuiltinEquality(mode);
        return storage.get(mode, ops, key, DictStrKey.tupleHash(key.getItems(), ops, hashNode), equalNode);
    }

    @Specialization(guards = "!isStrOrTuple(key)")
    static Object doOther(ThreadingMode mode, DictStorage storage, Object key) {
        return storage.get(mode, new BuiltinEquality(mode), key);
    }

    static boolean isStrOrTuple(Object key) {
        return key instanceof TruffleString || key instanceof PTuple;
    }
}
