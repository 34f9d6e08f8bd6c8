package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.find(sub, start, end)} (CPython's {@code any_find_slice}, forward): the index of the first match or -1.
 * {@code index} is this plus {@link StrException#substringNotFound()} on -1; {@code sub in s} is {@link StrContainsNode}.
 * Pass {@code 0} and {@code Long.MAX_VALUE} for omitted or None bounds.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrFindNode extends Node {

    public abstract int execute(Node inliningTarget, TruffleString self, TruffleString sub, long start, long end);

    @Specialization
    static int find(TruffleString self, TruffleString sub, long start, long end,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.IndexOfStringNode indexOfNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int subLen = lengthNode.execute(sub, StrCodePoints.UTF32);
        long slice = StrIndices.slice(start, end, len, subLen);
        if (slice == StrIndices.NO_ROOM) {
            return -1;
        }
        int s = StrIndices.sliceStart(slice);
        return subLen == 0 ? s : indexOfNode.execute(self, sub, s, StrIndices.sliceEnd(slice), StrCodePoints.UTF32);
    }
}
