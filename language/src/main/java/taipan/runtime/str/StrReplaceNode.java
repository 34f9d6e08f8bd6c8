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
        int i = 0;
        long n = 0;
        while (n < maxcount && i <= len) {
            int pos;
            if (oldLen == 0) {
                pos = i;
            } else {
                pos = len - i >= oldLen ? indexOfNode.execute(self, old, i, len, StrCodePoints.UTF32) : -1;
                if (pos < 0) {
                    break;
                }
            }
            // UTF-32 byte indices are four per code point whatever the compact storage.
            appendSubstringNode.execute(sb, self, i * 4, (pos - i) * 4);
            appendNode.execute(sb, replacement);
            n++;
            if (oldLen == 0) {
                if (pos < len) {
                    appendSubstringNode.execute(sb, self, pos * 4, 4);
                }
                i = pos + 1;
            } else {
                i = pos + oldLen;
            }
        }
        if (n == 0) {
            return self;
        }
        if (i < len) {
            appendSubstringNode.execute(sb, self, i * 4, (len - i) * 4);
        }
        return toStringNode.execute(sb);
    }
}
