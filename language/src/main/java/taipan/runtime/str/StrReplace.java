package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.replace(old, new, count)} ({@code replace} in CPython's {@code Objects/unicodeobject.c}). */
public final class StrReplace {

    private StrReplace() {
    }

    /** Replaces the first {@code count} matches, all of them when count is negative. */
    @TruffleBoundary
    public static TruffleString replace(TruffleString self, TruffleString old, TruffleString replacement, long count) {
        long maxcount = count < 0 ? Long.MAX_VALUE : count;
        int len = StrCodePoints.length(self);
        int oldLen = StrCodePoints.length(old);
        if (maxcount == 0 || oldLen > len) {
            return self;
        }
        int[] s = StrCodePoints.toArray(self);
        int[] rep = StrCodePoints.toArray(replacement);
        CodePointBuffer out = new CodePointBuffer(len);
        if (oldLen == 0) {
            // The empty string matches before every character and at the end.
            long n = 0;
            for (int i = 0; i <= len; i++) {
                if (n < maxcount) {
                    out.append(rep);
                    n++;
                }
                if (i < len) {
                    out.append(s[i]);
                }
            }
            return out.toStr();
        }
        int i = 0;
        long n = 0;
        while (n < maxcount && len - i >= oldLen) {
            int pos = self.indexOfStringUncached(old, i, len, StrCodePoints.UTF32);
            if (pos < 0) {
                break;
            }
            out.append(s, i, pos);
            out.append(rep);
            i = pos + oldLen;
            n++;
        }
        if (n == 0) {
            return self;
        }
        out.append(s, i, len);
        return out.toStr();
    }
}
