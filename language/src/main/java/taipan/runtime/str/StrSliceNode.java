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
 * {@code s[start:stop:step]}, with bounds as {@code PySlice_Unpack} leaves them (see {@link StrSlices#defaultStart});
 * ValueError for a zero step. Step 1 shares the storage; other steps copy code point by code point.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrSliceNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString self, long start, long stop, long step);

    @Specialization
    static TruffleString slice(TruffleString self, long start, long stop, long step,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.SubstringNode substringNode,
                    @Cached(inline = false) TruffleString.CodePointAtIndexNode codePointAtNode,
                    @Cached(inline = false) TruffleStringBuilder.AppendCodePointNode appendNode,
                    @Cached(inline = false) TruffleStringBuilder.ToStringNode toStringNode) {
        if (step == 0) {
            throw StrException.valueError(StrErrorMessages.SLICE_STEP_ZERO);
        }
        // PySlice_Unpack: a step of -2**63 would overflow when negated.
        long st = Math.max(step, -Long.MAX_VALUE);
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        long from = StrSlices.adjust(start, len, st);
        int count = StrSlices.sliceLength(from, StrSlices.adjust(stop, len, st), st);
        if (count == 0) {
            return StrCodePoints.EMPTY;
        }
        if (st == 1) {
            return count == len ? self : substringNode.execute(self, (int) from, count, StrCodePoints.UTF32, true);
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(StrCodePoints.UTF32, count * 4);
        long i = from;
        for (int k = 0; k < count; k++, i += st) {
            appendNode.execute(sb, codePointAtNode.execute(self, (int) i, StrCodePoints.UTF32), 1, true);
        }
        return toStringNode.execute(sb);
    }
}
