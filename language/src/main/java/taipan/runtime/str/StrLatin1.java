package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.InternalByteArray;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.unicode.UnicodeProps;

/**
 * Zero-copy reads of a str whose code points all fit in one byte (PEP 393's 1-byte kind): TruffleString keeps such
 * a UTF-32 string in compact one-byte storage, and viewing it as ISO-8859-1 shares that array. The slow-path
 * algorithms scan the bytes instead of copying the text into an {@code int[]} of code points.
 */
public final class StrLatin1 {

    public static final TruffleString.Encoding LATIN1 = TruffleString.Encoding.ISO_8859_1;

    /** {@code str.isspace()} of each Latin-1 code point (TAB..CR, FS..US, space, NEL, NO-BREAK SPACE). */
    private static final boolean[] SPACE = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            SPACE[c] = UnicodeProps.isSpace(c);
        }
    }

    private StrLatin1() {
    }

    /** The one-byte storage of {@code s} (shared, never to be written), or null if a code point is above 255. */
    @TruffleBoundary
    public static InternalByteArray bytes(TruffleString s) {
        TruffleString.CodeRange range = s.getCodeRangeUncached(StrCodePoints.UTF32);
        if (range != TruffleString.CodeRange.ASCII && range != TruffleString.CodeRange.LATIN_1) {
            return null;
        }
        return s.switchEncodingUncached(LATIN1).getInternalByteArrayUncached(LATIN1);
    }

    static boolean isSpace(byte b) {
        return SPACE[b & 0xFF];
    }
}
