package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.unicode.UnicodeProps;

/**
 * {@code str.strip/lstrip/rstrip(chars)} ({@code do_strip}, {@code do_argstrip}): {@code chars == null} strips
 * whitespace, else any code point of {@code chars}. The result shares the receiver's storage.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrStripNode extends Node {

    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int BOTH = LEFT | RIGHT;

    public abstract TruffleString execute(Node inliningTarget, TruffleString self, TruffleString chars, int sides);

    @Specialization
    static TruffleString strip(TruffleString self, TruffleString chars, int sides,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.CodePointAtIndexNode codePointAtNode,
                    @Cached(inline = false) TruffleString.IndexOfCodePointNode indexOfNode,
                    @Cached(inline = false) TruffleString.SubstringNode substringNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int charsLen = chars == null ? 0 : lengthNode.execute(chars, StrCodePoints.UTF32);
        int i = 0;
        int j = len;
        if ((sides & LEFT) != 0) {
            while (i < j && stripped(codePointAtNode.execute(self, i, StrCodePoints.UTF32), chars, charsLen, indexOfNode)) {
                i++;
            }
        }
        if ((sides & RIGHT) != 0) {
            while (j > i && stripped(codePointAtNode.execute(self, j - 1, StrCodePoints.UTF32), chars, charsLen, indexOfNode)) {
                j--;
            }
        }
        return i == 0 && j == len ? self : substringNode.execute(self, i, j - i, StrCodePoints.UTF32, true);
    }

    private static boolean stripped(int cp, TruffleString chars, int charsLen, TruffleString.IndexOfCodePointNode indexOfNode) {
        if (chars == null) {
            return UnicodeProps.isSpace(cp);
        }
        return charsLen > 0 && indexOfNode.execute(chars, cp, 0, charsLen, StrCodePoints.UTF32) >= 0;
    }
}
