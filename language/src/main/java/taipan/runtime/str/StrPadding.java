package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.ljust/rjust/center/zfill/expandtabs}, after CPython's {@code pad} and {@code unicode_expandtabs_impl}. */
public final class StrPadding {

    private StrPadding() {
    }

    /** {@code fillchar == null} pads with spaces. */
    @TruffleBoundary
    public static TruffleString ljust(TruffleString self, long width, TruffleString fillchar) {
        int fill = fill(fillchar);
        int len = StrCodePoints.length(self);
        return width <= len ? self : pad(self, 0, width - len, fill);
    }

    @TruffleBoundary
    public static TruffleString rjust(TruffleString self, long width, TruffleString fillchar) {
        int fill = fill(fillchar);
        int len = StrCodePoints.length(self);
        return width <= len ? self : pad(self, width - len, 0, fill);
    }

    @TruffleBoundary
    public static TruffleString center(TruffleString self, long width, TruffleString fillchar) {
        int fill = fill(fillchar);
        int len = StrCodePoints.length(self);
        if (width <= len) {
            return self;
        }
        long marg = width - len;
        // CPython's rounding: an odd margin puts the extra fill on the left only when the width is odd too.
        long left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }

    /** Pads with zeros on the left, after a leading sign. */
    @TruffleBoundary
    public static TruffleString zfill(TruffleString self, long width) {
        int[] s = StrCodePoints.toArray(self);
        if (width <= s.length) {
            return self;
        }
        int fill = checkedSize(width) - s.length;
        int[] out = new int[fill + s.length];
        java.util.Arrays.fill(out, 0, fill, '0');
        System.arraycopy(s, 0, out, fill, s.length);
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            out[0] = s[0];
            out[fill] = '0';
        }
        return StrCodePoints.fromArray(out);
    }

    @TruffleBoundary
    public static TruffleString expandtabs(TruffleString self, long tabsize) {
        int[] s = StrCodePoints.toArray(self);
        CodePointBuffer out = new CodePointBuffer(s.length);
        long column = 0;
        for (int cp : s) {
            if (cp == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (column % tabsize);
                    column += incr;
                    out.appendRepeated(' ', checkedSize(out.length() + incr) - out.length());
                }
            } else {
                column++;
                out.append(cp);
                if (cp == '\n' || cp == '\r') {
                    column = 0;
                }
            }
        }
        return out.toStr();
    }

    private static int fill(TruffleString fillchar) {
        if (fillchar == null) {
            return ' ';
        }
        if (StrCodePoints.length(fillchar) != 1) {
            throw StrException.typeError(StrErrorMessages.FILL_CHAR);
        }
        return StrCodePoints.codePointAt(fillchar, 0);
    }

    private static TruffleString pad(TruffleString self, long left, long right, int fill) {
        int[] s = StrCodePoints.toArray(self);
        int total = checkedSize(left + right + s.length);
        int[] out = new int[total];
        java.util.Arrays.fill(out, 0, (int) left, fill);
        System.arraycopy(s, 0, out, (int) left, s.length);
        java.util.Arrays.fill(out, (int) left + s.length, total, fill);
        return StrCodePoints.fromArray(out);
    }

    /** A result size that fits Java arrays; CPython would fail with MemoryError long before its own limit. */
    private static int checkedSize(long size) {
        if (size < 0) {
            throw StrException.overflowError(StrErrorMessages.NEW_STRING_TOO_LONG);
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw StrException.memoryError();
        }
        return (int) size;
    }
}
