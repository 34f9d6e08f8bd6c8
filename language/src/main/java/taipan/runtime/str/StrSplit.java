package taipan.runtime.str;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.InternalByteArray;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.unicode.UnicodeProps;

/**
 * {@code str.split}, {@code rsplit} and {@code splitlines}, after CPython's {@code Objects/stringlib/split.h}. The
 * pieces share the receiver's storage. The caller turns the array into a list.
 */
public final class StrSplit {

    private StrSplit() {
    }

    /** {@code self.split(sep, maxsplit)}; {@code sep == null} splits on runs of whitespace. See {@link StrSplitNode}. */
    @TruffleBoundary
    public static TruffleString[] split(TruffleString self, TruffleString sep, long maxsplit) {
        if (sep != null) {
            return StrSplitNodeGen.getUncached().execute(null, self, sep, maxsplit);
        }
        return splitWhitespace(self, maxsplit < 0 ? Long.MAX_VALUE : maxsplit);
    }

    /** {@code self.rsplit(sep, maxsplit)}: splits from the right, so maxsplit keeps the leftmost part whole. */
    @TruffleBoundary
    public static TruffleString[] rsplit(TruffleString self, TruffleString sep, long maxsplit) {
        long maxcount = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        return sep == null ? rsplitWhitespace(self, maxcount) : rsplitSep(self, checkSep(sep), maxcount);
    }

    private static TruffleString checkSep(TruffleString sep) {
        if (StrCodePoints.length(sep) == 0) {
            throw StrException.valueError(StrErrorMessages.EMPTY_SEPARATOR);
        }
        return sep;
    }

    private static TruffleString[] splitWhitespace(TruffleString self, long maxcount) {
        InternalByteArray latin1 = StrLatin1.bytes(self);
        if (latin1 != null) {
            return splitWhitespaceLatin1(self, latin1.getArray(), latin1.getOffset(), latin1.getLength(), maxcount);
        }
        int[] s = StrCodePoints.toArray(self);
        List<TruffleString> parts = new ArrayList<>();
        int i = 0;
        for (long left = maxcount; left > 0; left--) {
            while (i < s.length && UnicodeProps.isSpace(s[i])) {
                i++;
            }
            if (i == s.length) {
                break;
            }
            int j = i++;
            while (i < s.length && !UnicodeProps.isSpace(s[i])) {
                i++;
            }
            parts.add(sub(self, j, i));
        }
        while (i < s.length && UnicodeProps.isSpace(s[i])) {
            i++;
        }
        if (i < s.length) {
            parts.add(sub(self, i, s.length));
        }
        return parts.toArray(new TruffleString[0]);
    }

    /** {@link #splitWhitespace} over one-byte storage: {@code a[off .. off + n)} are the code points. */
    private static TruffleString[] splitWhitespaceLatin1(TruffleString self, byte[] a, int off, int n, long maxcount) {
        ArrayList<TruffleString> parts = new ArrayList<>(Math.min(n / 4 + 1, 1 << 16));
        int i = 0;
        for (long left = maxcount; left > 0; left--) {
            while (i < n && StrLatin1.isSpace(a[off + i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            int j = i++;
            while (i < n && !StrLatin1.isSpace(a[off + i])) {
                i++;
            }
            parts.add(j == 0 && i == n ? self : sub(self, j, i));
        }
        while (i < n && StrLatin1.isSpace(a[off + i])) {
            i++;
        }
        if (i < n) {
            parts.add(i == 0 ? self : sub(self, i, n));
        }
        return parts.toArray(new TruffleString[parts.size()]);
    }

    private static TruffleString[] rsplitWhitespace(TruffleString self, long maxcount) {
        int[] s = StrCodePoints.toArray(self);
        List<TruffleString> parts = new ArrayList<>();
        int i = s.length - 1;
        for (long left = maxcount; left > 0; left--) {
            while (i >= 0 && UnicodeProps.isSpace(s[i])) {
                i--;
            }
            if (i < 0) {
                break;
            }
            int j = i--;
            while (i >= 0 && !UnicodeProps.isSpace(s[i])) {
                i--;
            }
            parts.add(sub(self, i + 1, j + 1));
        }
        while (i >= 0 && UnicodeProps.isSpace(s[i])) {
            i--;
        }
        if (i >= 0) {
            parts.add(sub(self, 0, i + 1));
        }
        Collections.reverse(parts);
        return parts.toArray(new TruffleString[0]);
    }

    private static TruffleString[] rsplitSep(TruffleString self, TruffleString sep, long maxcount) {
        int sepLen = StrCodePoints.length(sep);
        List<TruffleString> parts = new ArrayList<>();
        int j = StrCodePoints.length(self);
        for (long left = maxcount; left > 0 && j >= sepLen; left--) {
            int pos = self.lastIndexOfStringUncached(sep, j, 0, StrCodePoints.UTF32);
            if (pos < 0) {
                break;
            }
            parts.add(sub(self, pos + sepLen, j));
            j = pos;
        }
        parts.add(sub(self, 0, j));
        Collections.reverse(parts);
        return parts.toArray(new TruffleString[0]);
    }

    /** {@code self.splitlines(keepends)}: every Unicode line boundary, CR LF counting as one. */
    @TruffleBoundary
    public static TruffleString[] splitlines(TruffleString self, boolean keepends) {
        int[] s = StrCodePoints.toArray(self);
        List<TruffleString> lines = new ArrayList<>();
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (i < s.length && !isLineBreak(s[i])) {
                i++;
            }
            int eol = i;
            if (i < s.length) {
                i += (s[i] == '\r' && i + 1 < s.length && s[i + 1] == '\n') ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            lines.add(sub(self, j, eol));
        }
        return lines.toArray(new TruffleString[0]);
    }

    /** {@code Py_UNICODE_ISLINEBREAK}: LF, VT, FF, CR, FS, GS, RS, NEL, LINE and PARAGRAPH SEPARATOR. */
    public static boolean isLineBreak(int cp) {
        return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    static TruffleString sub(TruffleString s, int from, int to) {
        return s.substringUncached(from, to - from, StrCodePoints.UTF32, true);
    }
}
