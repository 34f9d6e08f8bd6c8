package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.rfind(sub, start, end)}: the index of the last match within the slice, or -1 ({@code rindex} raises on -1). */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrRFindNode extends Node {

    public abstract int execute(Node inliningTarget, TruffleString self, TruffleString sub, long start, long end);

    @Specialization
    static int rfind(TruffleString self, TruffleString sub, long start, long end,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.LastIndexOfStringNode lastIndexOfNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int subLen = lengthNode.execute(sub, StrCodePoints.UTF32);
        long slice = StrIndices.slice(start, end, len, subLen);
        if (slice == StrIndices.NO_ROOM) {
            return -1;
        }
        int e = StrIndices.sliceEnd(slice);
        // TruffleString searches backwards from its first index down to its second.
        return subLen == 0 ? e : lastIndexOfNode.execute(self, sub, e, StrIndices.sliceStart(slice), StrCodePoints.UTF32);
    }
}
