package taipan.runtime.str;

import java.util.ArrayList;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.split(sep, maxsplit)} (CPython's {@code stringlib/split.h}). With a separator it searches with
 * TruffleString's own nodes; {@code sep == null} (runs of whitespace) goes to {@link StrSplit}. The caller makes
 * the array a list.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrSplitNode extends Node {

    public abstract TruffleString[] execute(Node inliningTarget, TruffleString self, TruffleString sep, long maxsplit);

    @Specialization(guards = "sep != null")
    static TruffleString[] bySeparator(TruffleString self, TruffleString sep, long maxsplit,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.IndexOfStringNode indexOfNode,
                    @Cached(inline = false) TruffleString.SubstringNode substringNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int sepLen = lengthNode.execute(sep, StrCodePoints.UTF32);
        if (sepLen == 0) {
            throw StrException.valueError(StrErrorMessages.EMPTY_SEPARATOR);
        }
        ArrayList<TruffleString> parts = new ArrayList<>();
        int i = 0;
        for (long left = maxsplit < 0 ? Long.MAX_VALUE : maxsplit; left > 0 && len - i >= sepLen; left--) {
            int pos = indexOfNode.execute(self, sep, i, len, StrCodePoints.UTF32);
            if (pos < 0) {
                break;
            }
            parts.add(substringNode.execute(self, i, pos - i, StrCodePoints.UTF32, true));
            i = pos + sepLen;
        }
        parts.add(i == 0 ? self : substringNode.execute(self, i, len - i, StrCodePoints.UTF32, true));
        return parts.toArray(new TruffleString[parts.size()]);
    }

    @Specialization(guards = "sep == null")
    static TruffleString[] byWhitespace(TruffleString self, @SuppressWarnings("unused") TruffleString sep, long maxsplit) {
        return StrSplit.split(self, null, maxsplit);
    }
}
