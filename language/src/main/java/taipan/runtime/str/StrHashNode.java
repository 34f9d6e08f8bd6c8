package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code hash(s)}: TruffleString's content hash in UTF-32, which depends only on the code points, never on the
 * compact storage. Like CPython, never -1 (which C code reserves for errors).
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrHashNode extends Node {

    public abstract long execute(Node inliningTarget, TruffleString self);

    @Specialization
    static long hash(TruffleString self,
                    @Cached(inline = false) TruffleString.HashCodeNode hashNode) {
        int h = hashNode.execute(self, StrCodePoints.UTF32);
        return h == -1 ? -2 : h;
    }
}
