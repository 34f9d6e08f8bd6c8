package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.InternalByteArray;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The ASCII fast path of {@link StrUpperNode}, {@link StrLowerNode} and {@code str.capitalize}: the one-byte
 * storage is read in place (see {@link StrLatin1}), mapped into a new byte array and wrapped without another copy.
 */
final class StrAsciiCase {

    static final int UPPER = 0;
    static final int LOWER = 1;
    static final int CAPITALIZE = 2;

    private StrAsciiCase() {
    }

    /** Maps the ASCII string {@code self}: the 26 letters of the other case flip their 0x20 bit, the rest stays. */
    static TruffleString map(TruffleString self, int kind,
                    TruffleString.SwitchEncodingNode toLatin1,
                    TruffleString.GetInternalByteArrayNode bytesNode,
                    TruffleString.FromByteArrayNode fromBytesNode,
                    TruffleString.SwitchEncodingNode toUtf32) {
        InternalByteArray src = bytesNode.execute(toLatin1.execute(self, StrLatin1.LATIN1), StrLatin1.LATIN1);
        byte[] a = src.getArray();
        int off = src.getOffset();
        int n = src.getLength();
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = a[off + i];
            int first = kind == UPPER || (kind == CAPITALIZE && i == 0) ? 'a' : 'A';
            out[i] = (byte) (c >= first && c <= first + 25 ? c ^ 0x20 : c);
        }
        TruffleString ascii = fromBytesNode.execute(out, 0, n, TruffleString.Encoding.US_ASCII, false);
        return toUtf32.execute(ascii, StrCodePoints.UTF32);
    }

    /** {@link #map} for slow paths. */
    @TruffleBoundary
    static TruffleString mapUncached(TruffleString self, int kind) {
        return map(self, kind, TruffleString.SwitchEncodingNode.getUncached(), TruffleString.GetInternalByteArrayNode.getUncached(),
                        TruffleString.FromByteArrayNode.getUncached(), TruffleString.SwitchEncodingNode.getUncached());
    }
}
