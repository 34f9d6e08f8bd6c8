package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** Conversions between Java strings and Python {@code str} values ({@link TruffleString}s in UTF-32). */
public final class PyStrings {

    public static final TruffleString.Encoding ENCODING = TruffleString.Encoding.UTF_32;

    private PyStrings() {
    }

    /** A Python str from Java text: for constants and slow paths only. */
    @TruffleBoundary
    public static TruffleString of(String s) {
        return TruffleString.fromJavaStringUncached(s, ENCODING);
    }

    @TruffleBoundary
    public static String toJava(TruffleString s) {
        return s.toJavaStringUncached();
    }
}
