package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** Orders two strs by code point, as {@code <}, {@code <=}, ... do: negative, zero or positive. */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrCompareNode extends Node {

    public abstract int execute(Node inliningTarget, TruffleString a, TruffleString b);

    @Specialization
    static int compare(TruffleString a, TruffleString b,
                    @Cached(inline = false) TruffleString.CompareIntsUTF32Node compareNode) {
        return compareNode.execute(a, b);
    }
}
