package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringIterator;

/**
 * Conversions between {@code str} values (UTF-32 {@link TruffleString}s) and code-point arrays, for the slow-path
 * Unicode algorithms. Arrays, not Java strings: a Python str may hold lone surrogates, and two adjacent ones must
 * stay two code points (a Java string would pair them).
 */
public final class StrCodePoints {

    /** The one encoding of every Python {@code str}. */
    public static final TruffleString.Encoding UTF32 = TruffleString.Encoding.UTF_32;

    public static final TruffleString EMPTY = TruffleString.Encoding.UTF_32.getEmpty();

    private StrCodePoints() {
    }

    /** A str from a Java string (a surrogate pair becomes one code point, as the Java text means it). */
    @TruffleBoundary
    public static TruffleString of(String s) {
        return TruffleString.fromJavaStringUncached(s, UTF32);
    }

    @TruffleBoundary
    public static TruffleString fromArray(int[] codePoints, int length) {
        return TruffleString.fromIntArrayUTF32Uncached(codePoints, 0, length);
    }

    @TruffleBoundary
    public static TruffleString fromArray(int[] codePoints) {
        return TruffleString.fromIntArrayUTF32Uncached(codePoints, 0, codePoints.length);
    }

    @TruffleBoundary
    public static TruffleString fromCodePoint(int codePoint) {
        return TruffleString.fromIntArrayUTF32Uncached(new int[]{codePoint}, 0, 1);
    }

    @TruffleBoundary
    public static int length(TruffleString s) {
        return s.codePointLengthUncached(UTF32);
    }

    @TruffleBoundary
    public static int codePointAt(TruffleString s, int index) {
        return s.codePointAtIndexUncached(index, UTF32);
    }

    @TruffleBoundary
    public static int[] toArray(TruffleString s) {
        int[] result = new int[s.codePointLengthUncached(UTF32)];
        TruffleStringIterator it = s.createCodePointIteratorUncached(UTF32);
        for (int i = 0; i < result.length; i++) {
            result[i] = it.nextUncached();
        }
        return result;
    }

    /** The largest code point of {@code s}, or -1 for the empty string. */
    static int maxCodePoint(int[] cps) {
        int max = -1;
        for (int cp : cps) {
            max = Math.max(max, cp);
        }
        return max;
    }
}
