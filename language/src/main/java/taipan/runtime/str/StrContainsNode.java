package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code sub in self} for two strs ({@code PyUnicode_Contains}). */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrContainsNode extends Node {

    public abstract boolean execute(Node inliningTarget, TruffleString self, TruffleString sub);

    @Specialization
    static boolean contains(TruffleString self, TruffleString sub,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.IndexOfStringNode indexOfNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int subLen = lengthNode.execute(sub, StrCodePoints.UTF32);
        if (subLen == 0) {
            return true;
        }
        return subLen <= len && indexOfNode.execute(self, sub, 0, len, StrCodePoints.UTF32) >= 0;
    }
}
