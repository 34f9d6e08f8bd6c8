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
 * {@code str.upper()}: ASCII text is mapped in compiled code; anything else goes to the full Unicode mapping of
 * {@link StrCase#upper} behind its boundary.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrUpperNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString self);

    @Specialization
    static TruffleString upper(TruffleString self,
                    @Cached(inline = false) TruffleString.GetCodeRangeNode codeRangeNode,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.CodePointAtIndexNode codePointAtNode,
                    @Cached(inline = false) TruffleStringBuilder.AppendCodePointNode appendNode,
                    @Cached(inline = false) TruffleStringBuilder.ToStringNode toStringNode) {
        if (codeRangeNode.execute(self, StrCodePoints.UTF32) != TruffleString.CodeRange.ASCII) {
            return StrCase.upper(self);
        }
        return StrAsciiCase.map(self, 'a', lengthNode, codePointAtNode, appendNode, toStringNode);
    }
}
