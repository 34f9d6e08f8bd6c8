package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.lower()}: ASCII text is mapped in compiled code; anything else goes to the full Unicode mapping of
 * {@link StrCase#lower} behind its boundary.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrLowerNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString self);

    @Specialization
    static TruffleString lower(TruffleString self,
                    @Cached(inline = false) TruffleString.GetCodeRangeNode codeRangeNode,
                    @Cached(inline = false) TruffleString.SwitchEncodingNode toLatin1,
                    @Cached(inline = false) TruffleString.GetInternalByteArrayNode bytesNode,
                    @Cached(inline = false) TruffleString.FromByteArrayNode fromBytesNode,
                    @Cached(inline = false) TruffleString.SwitchEncodingNode toUtf32) {
        if (codeRangeNode.execute(self, StrCodePoints.UTF32) != TruffleString.CodeRange.ASCII) {
            return StrCase.lower(self);
        }
        return StrAsciiCase.map(self, StrAsciiCase.LOWER, toLatin1, bytesNode, fromBytesNode, toUtf32);
    }
}
