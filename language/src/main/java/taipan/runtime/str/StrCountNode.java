package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.count(sub, start, end)}: non-overlapping matches; the empty string matches between every character. */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrCountNode extends Node {

    public abstract int execute(Node inliningTarget, TruffleString self, TruffleString sub, long start, long end);

    @Specialization
    static int count(TruffleString self, TruffleString sub, long start, long end,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.IndexOfStringNode indexOfNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int subLen = lengthNode.execute(sub, StrCodePoints.UTF32);
        long slice = StrIndices.slice(start, end, len, subLen);
        if (slice == StrIndices.NO_ROOM) {
            return 0;
        }
        int s = StrIndices.sliceStart(slice);
        int e = StrIndices.sliceEnd(slice);
        if (subLen == 0) {
            return e - s + 1;
        }
        int n = 0;
        int i = s;
        while (e - i >= subLen) {
            int found = indexOfNode.execute(self, sub, i, e, StrCodePoints.UTF32);
            if (found < 0) {
                break;
            }
            n++;
            i = found + subLen;
        }
        return n;
    }
}
