package taipan.runtime.str;

import com.oracle.truffle.api.strings.TruffleString;

/** Uncached entry points of {@link StrJoinNode}, for slow paths. */
public final class StrJoin {

    private StrJoin() {
    }

    public static TruffleString join(TruffleString sep, Object[] items, int count) {
        return StrJoinNodeGen.getUncached().execute(null, sep, items, count);
    }

    public static TruffleString join(TruffleString sep, Object[] items) {
        return join(sep, items, items.length);
    }
}
