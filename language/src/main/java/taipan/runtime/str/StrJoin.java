package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

/** {@code sep.join(items)} ({@code PyUnicode_Join}) over the items of an already materialised iterable. */
public final class StrJoin {

    private StrJoin() {
    }

    /** Every item must be a str: TypeError "sequence item i: expected str instance, T found" otherwise. */
    @TruffleBoundary
    public static TruffleString join(TruffleString sep, Object[] items, int count) {
        if (count == 0) {
            return StrCodePoints.EMPTY;
        }
        if (count == 1 && items[0] instanceof TruffleString only) {
            return only;
        }
        TruffleStringBuilder sb = TruffleStringBuilder.create(StrCodePoints.UTF32);
        for (int i = 0; i < count; i++) {
            if (!(items[i] instanceof TruffleString item)) {
                throw StrException.typeError(String.format(StrErrorMessages.JOIN_ITEM, i, StrTypeNames.of(items[i])));
            }
            if (i > 0) {
                sb.appendStringUncached(sep);
            }
            sb.appendStringUncached(item);
        }
        return sb.toStringUncached();
    }

    public static TruffleString join(TruffleString sep, Object[] items) {
        return join(sep, items, items.length);
    }
}
