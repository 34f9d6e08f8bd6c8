package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

/**
 * {@code sep.join(items)} ({@code PyUnicode_Join}) over the first {@code count} items of an already materialised
 * iterable; TypeError "sequence item i: expected str instance, T found" for a non-str item.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrJoinNode extends Node {

    public abstract TruffleString execute(Node inliningTarget, TruffleString sep, Object[] items, int count);

    @Specialization
    static TruffleString join(TruffleString sep, Object[] items, int count,
                    @Cached(inline = false) TruffleStringBuilder.AppendStringNode appendNode,
                    @Cached(inline = false) TruffleStringBuilder.ToStringNode toStringNode) {
        if (count == 0) {
            return StrCodePoints.EMPTY;
        }
        if (count == 1 && items[0] instanceof TruffleString only) {
            return only;
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(StrCodePoints.UTF32);
        for (int i = 0; i < count; i++) {
            // a str subclass instance joins as its str value
            Object value = items[i] instanceof taipan.runtime.object.PBuiltinSubclassObject w ? w.getValue() : items[i];
            if (!(value instanceof TruffleString item)) {
                throw notStr(i, items[i]);
            }
            if (i > 0) {
                appendNode.execute(sb, sep);
            }
            appendNode.execute(sb, item);
        }
        return toStringNode.execute(sb);
    }

    /** Out of compiled code: String.format there makes the whole join fail to compile (a permanent bailout). */
    @TruffleBoundary
    private static StrException notStr(int index, Object item) {
        return StrException.typeError(String.format(StrErrorMessages.JOIN_ITEM, index, StrTypeNames.of(item)));
    }
}
