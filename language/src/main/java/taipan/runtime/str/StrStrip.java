package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.strip/lstrip/rstrip} ({@code do_strip}, {@code do_argstrip}) and {@code removeprefix/removesuffix}. */
public final class StrStrip {

    private StrStrip() {
    }

    /** {@code chars == null} strips whitespace; else any code point of {@code chars}. */
    @TruffleBoundary
    public static TruffleString strip(TruffleString self, TruffleString chars) {
        return strip(self, chars, true, true);
    }

    @TruffleBoundary
    public static TruffleString lstrip(TruffleString self, TruffleString chars) {
        return strip(self, chars, true, false);
    }

    @TruffleBoundary
    public static TruffleString rstrip(TruffleString self, TruffleString chars) {
        return strip(self, chars, false, true);
    }

    private static TruffleString strip(TruffleString self, TruffleString chars, boolean left, boolean right) {
        int[] s = StrCodePoints.toArray(self);
        int[] set = chars == null ? null : StrCodePoints.toArray(chars);
        int i = 0;
        int j = s.length;
        if (left) {
            while (i < j && stripped(s[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(s[j - 1], set)) {
                j--;
            }
        }
        return i == 0 && j == s.length ? self : StrSplit.sub(self, i, j);
    }

    private static boolean stripped(int cp, int[] set) {
        if (set == null) {
            return UnicodeProps.isSpace(cp);
        }
        for (int c : set) {
            if (c == cp) {
                return true;
            }
        }
        return false;
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
