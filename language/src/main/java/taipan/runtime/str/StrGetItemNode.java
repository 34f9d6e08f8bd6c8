package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code s[i]} for an integer index: negative counts from the end; IndexError outside. */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrGetItemNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString self, long index);

    @Specialization
    static TruffleString getItem(TruffleString self, long index,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.SubstringNode substringNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        long i = index < 0 ? index + len : index;
        if (i < 0 || i >= len) {
            throw StrException.indexError(StrErrorMessages.STRING_INDEX_OUT_OF_RANGE);
        }
        return substringNode.execute(self, (int) i, 1, StrCodePoints.UTF32, false);
    }
}
