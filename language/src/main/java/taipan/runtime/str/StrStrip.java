package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.removeprefix/removesuffix}, and uncached entry points of {@link StrStripNode}. */
public final class StrStrip {

    private StrStrip() {
    }

    /** {@code chars == null} strips whitespace; else any code point of {@code chars}. */
    public static TruffleString strip(TruffleString self, TruffleString chars) {
        return StrStripNodeGen.getUncached().execute(null, self, chars, StrStripNode.BOTH);
    }

    public static TruffleString lstrip(TruffleString self, TruffleString chars) {
        return StrStripNodeGen.getUncached().execute(null, self, chars, StrStripNode.LEFT);
    }

    public static TruffleString rstrip(TruffleString self, TruffleString chars) {
        return StrStripNodeGen.getUncached().execute(null, self, chars, StrStripNode.RIGHT);
    }

    @TruffleBoundary
    public static TruffleString removeprefix(TruffleString self, TruffleString prefix) {
        int len = StrCodePoints.length(self);
        int n = StrCodePoints.length(prefix);
        if (n > 0 && n <= len && self.regionEqualsUncached(0, prefix, 0, n, StrCodePoints.UTF32)) {
            return StrSplit.sub(self, n, len);
        }
        return self;
    }

    @TruffleBoundary
    public static TruffleString removesuffix(TruffleString self, TruffleString suffix) {
        int len = StrCodePoints.length(self);
        int n = StrCodePoints.length(suffix);
        if (n > 0 && n <= len && self.regionEqualsUncached(len - n, suffix, 0, n, StrCodePoints.UTF32)) {
            return StrSplit.sub(self, 0, len - n);
        }
        return self;
    }
}
