package taipan.runtime.str;

import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

/** The ASCII fast path of {@link StrUpperNode} and {@link StrLowerNode}, in compiled code with their cached nodes. */
final class StrAsciiCase {

    private StrAsciiCase() {
    }

    /**
     * Maps the ASCII string {@code self} letter by letter: the 26 letters from {@code first} ('a' for upper, 'A' for
     * lower) flip case by their 0x20 bit; everything else is kept.
     */
    static TruffleString map(TruffleString self, char first,
                    TruffleString.CodePointLengthNode lengthNode,
                    TruffleString.CodePointAtIndexNode codePointAtNode,
                    TruffleStringBuilder.AppendCodePointNode appendNode,
                    TruffleStringBuilder.ToStringNode toStringNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        TruffleStringBuilder sb = TruffleStringBuilder.create(StrCodePoints.UTF32, len);
        for (int i = 0; i < len; i++) {
            int cp = codePointAtNode.execute(self, i, StrCodePoints.UTF32);
            appendNode.execute(sb, cp >= first && cp <= first + 25 ? cp ^ 0x20 : cp, 1, true);
        }
        return toStringNode.execute(sb);
    }
}
