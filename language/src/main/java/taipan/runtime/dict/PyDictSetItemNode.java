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
 * {@code dict[key] = value} ({@code PyDict_SetItem}), or with {@code keepExisting} {@code dict.setdefault(key,
 * value)}; returns the value now stored. A str key hashes and compares in compiled code, as in
 * {@link PyDictGetItemNode}.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class PyDictSetItemNode extends Node {

    public abstract Object execute(Node inliningTarget, ThreadingMode mode, DictStorage storage, Object key, Object value,
                    boolean keepExisting);

    @Specialization
    static Object doStr(ThreadingMode mode, DictStorage storage, TruffleString key, Object value, boolean keepExisting,
                    @Cached(inline = false) TruffleString.HashCodeNode hashNode,
                    @Cached(inline = false) TruffleString.EqualNode equalNode) {
        return storage.store(mode, new BuiltinEquality(mode), key, DictStrKey.hash(key, hashNode), value, keepExisting,
                        equalNode);
    }

    @Specialization
    static Object doTuple(ThreadingMode mode, DictStorage storage, PTuple key, Object value, boolean keepExisting,
                    @Cached(inline = false) TruffleString.HashCodeNode hashNode,
                    @Cached(inline = false) TruffleString.EqualNode equalNode) {
        BuiltinEquality ops = new BuiltinEquality(mode);
        return storage.store(mode, ops, key, DictStrKey.tupleHash(key.getItems(), ops, hashNode), value, keepExisting,
                        equalNode);
    }

    @Specialization(guards = "!isStrOrTuple(key)")
    static Object doOther(ThreadingMode mode, DictStorage storage, Object key, Object value, boolean keepExisting) {
        BuiltinEquality ops = new BuiltinEquality(mode);
        return storage.store(mode, ops, key, ops.hash(key), value, keepExisting, null);
    }

    static boolean isStrOrTuple(Object key) {
        return key instanceof TruffleString || key instanceof PTuple;
    }
}
