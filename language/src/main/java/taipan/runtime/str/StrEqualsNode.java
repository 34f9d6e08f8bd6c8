package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code a == b} for two strs: same code points, whatever compact storage each uses. */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrEqualsNode extends Node {

    public abstract boolean execute(Node inliningTarget, TruffleString a, TruffleString b);

    @Specialization
    static boolean equals(TruffleString a, TruffleString b,
                    @Cached(inline = false) TruffleString.EqualNode equalNode) {
        return equalNode.execute(a, b, StrCodePoints.UTF32);
    }
}
