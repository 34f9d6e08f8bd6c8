package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateCached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * {@code str.startswith/endswith(prefix, start, end)} (CPython's {@code tailmatch}): the prefix is a str or a tuple
 * of strs, given as {@code Object[]}. Pass {@code 0} and {@code Long.MAX_VALUE} for omitted or None bounds.
 */
@GenerateInline
@GenerateCached(false)
@GenerateUncached
public abstract class StrTailMatchNode extends Node {

    public abstract boolean execute(Node inliningTarget, TruffleString self, Object prefix, long start, long end, boolean suffix);

    @Specialization
    static boolean one(TruffleString self, TruffleString prefix, long start, long end, boolean suffix,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.RegionEqualNode regionEqualNode) {
        int len = lengthNode.execute(self, StrCodePoints.UTF32);
        int subLen = lengthNode.execute(prefix, StrCodePoints.UTF32);
        long slice = StrIndices.slice(start, end, len, subLen);
        if (slice == StrIndices.NO_ROOM) {
            return false;
        }
        int at = suffix ? StrIndices.sliceEnd(slice) - subLen : StrIndices.sliceStart(slice);
        return subLen == 0 || regionEqualNode.execute(self, at, prefix, 0, subLen, StrCodePoints.UTF32);
    }

    @Specialization
    static boolean tuple(TruffleString self, Object[] prefixes, long start, long end, boolean suffix,
                    @Cached(inline = false) TruffleString.CodePointLengthNode lengthNode,
                    @Cached(inline = false) TruffleString.RegionEqualNode regionEqualNode) {
        for (Object p : prefixes) {
            if (!(p instanceof TruffleString prefix)) {
                throw wrongType(suffix ? StrErrorMessages.TUPLE_FOR_ENDSWITH : StrErrorMessages.TUPLE_FOR_STARTSWITH, p);
            }
            if (one(self, prefix, start, end, suffix, lengthNode, regionEqualNode)) {
                return true;
            }
        }
        return false;
    }

    @Fallback
    static boolean other(TruffleString self, Object prefix, long start, long end, boolean suffix) {
        throw wrongType(suffix ? StrErrorMessages.ENDSWITH_ARG : StrErrorMessages.STARTSWITH_ARG, prefix);
    }

    /** Out of compiled code: String.format there makes the whole caller fail to compile (a permanent bailout). */
    @TruffleBoundary
    private static StrException wrongType(String template, Object value) {
        return StrException.typeError(String.format(template, StrTypeNames.of(value)));
    }
}
