package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

/**
 * {@code str.replace(old, new, count)}: the first {@code count} matches, all when count is negative. The empty
 * string matches before every character and at the end. Returns the receiver itself when nothing matches.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrReplaceNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString self, TruffleString old, TruffleString replacement, long count);

    @Specialization
    static TruffleString replace(TruffleString self, TruffleString old, TruffleString replacement, long count,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.IndexOfStringNode indexOfNode,
                    @Cached(inline = false) TruffleStringBuilder.AppendSubstringByteIndexNode appendSubstringNode,
                    @Cached(inline = false) TruffleStringBuilder.AppendStringNode appendNode,
                    @Cached(inline = false) TruffleStringBuilder.ToStringNode toStringNode) {
        long maxcount = count < 0 ? Long.MAX_VALUE : count;
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int oldLen = lengthNode.execute(old, StrCodePoints.UTF32);
        if (maxcount == 0 || oldLen > len) {
            return self;
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(StrCodePoints.UTF32);
        if (oldLen == 0) {
            interleave(self, len, replacement, maxcount, sb, appendSubstringNode, appendNode);
        } else if (!substitute(self, len, old, oldLen, replacement, maxcount, sb, indexOfNode, appendSubstringNode, appendNode)) {
            return self;
        }
        return toStringNode.execute(sb);
    }

    /** The empty pattern: the replacement before each of the first {@code maxcount} positions (len + 1 of them). */
    private static void interleave(TruffleString self, int len, TruffleString replacement, long maxcount, TruffleStringBuilder sb,
                    TruffleStringBuilder.AppendSubstringByteIndexNode appendSubstringNode, TruffleStringBuilder.AppendStringNode appendNode) {
        int inserts = (int) Math.min(maxcount, len + 1L);
        for (int k = 0; k < inserts; k++) {
            appendNode.execute(sb, replacement);
            if (k < len) {
                // UTF-32 byte indices are four per code point whatever the compact storage.
                appendSubstringNode.execute(sb, self, k * 4, 4);
            }
        }
        if (inserts < len) {
            appendSubstringNode.execute(sb, self, inserts * 4, (len - inserts) * 4);
        }
    }

    /** Appends the text with up to {@code maxcount} matches replaced; false if there was no match at all. */
    private static boolean substitute(TruffleString self, int len, TruffleString old, int oldLen, TruffleString replacement, long maxcount,
                    TruffleStringBuilder sb, TruffleString.IndexOfStringNode indexOfNode,
                    TruffleStringBuilder.AppendSubstringByteIndexNode appendSubstringNode, TruffleStringBuilder.AppendStringNode appendNode) {
        int i = 0;
        long n = 0;
        while (n < maxcount && len - i >= oldLen) {
            int pos = indexOfNode.execute(self, old, i, len, StrCodePoints.UTF32);
            if (pos < 0) {
                break;
            }
            appendSubstringNode.execute(sb, self, i * 4, (pos - i) * 4);
            appendNode.execute(sb, replacement);
            i = pos + oldLen;
            n++;
        }
        if (n == 0) {
            return false;
        }
        if (i < len) {
            appendSubstringNode.execute(sb, self, i * 4, (len - i) * 4);
        }
        return true;
    }
}
