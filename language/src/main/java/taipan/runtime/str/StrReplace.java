package taipan.runtime.str;

import com.oracle.truffle.api.strings.TruffleString;

/** Uncached entry point of {@link StrReplaceNode}, for slow paths. */
public final class StrReplace {

    private StrReplace() {
    }

    public static TruffleString replace(TruffleString self, TruffleString old, TruffleString replacement, long count) {
        return StrReplaceNodeGen.getUncached().execute(null, self, old, replacement, count);
    }
}
