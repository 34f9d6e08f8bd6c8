package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code a + b} for two strs. Lazy: repeated {@code s += x} builds a rope that is flattened once, on first read. */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrConcatNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString a, TruffleString b);

    @Specialization
    static TruffleString concat(TruffleString a, TruffleString b,
                    @Cached(inline = false) TruffleString.ConcatNode concatNode) {
        return concatNode.execute(a, b, StrCodePoints.UTF32, true);
    }
}
