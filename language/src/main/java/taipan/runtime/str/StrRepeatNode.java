package taipan.runtime.str;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code s * n} ({@code unicode_repeat}): empty for n <= 0; CPython's OverflowError past its size limit. */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrRepeatNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString self, long n);

    @Specialization
    static TruffleString repeat(TruffleString self, long n,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.RepeatNode repeatNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        if (n <= 0 || len == 0) {
            return StrCodePoints.EMPTY;
        }
        if (n == 1) {
            return self;
        }
        if (len > Long.MAX_VALUE / n) {
            throw StrException.overflowError(StrErrorMessages.REPEATED_TOO_LONG);
        }
        if (len * n > Integer.MAX_VALUE - 8) {
            throw StrException.memoryError();
        }
        return repeatNode.execute(self, (int) n, StrCodePoints.UTF32);
    }
}
