package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.partition} and {@code rpartition}: the three parts as an array, which the caller makes a tuple. */
public final class StrPartition {

    private StrPartition() {
    }

    @TruffleBoundary
    public static TruffleString[] partition(TruffleString self, TruffleString sep) {
        int len = StrCodePoints.length(self);
        int sepLen = checkedLength(sep);
        int pos = sepLen > len ? -1 : self.indexOfStringUncached(sep, 0, len, StrCodePoints.UTF32);
        if (pos < 0) {
            return new TruffleString[]{self, StrCodePoints.EMPTY, StrCodePoints.EMPTY};
        }
        return new TruffleString[]{StrSplit.sub(self, 0, pos), sep, StrSplit.sub(self, pos + sepLen, len)};
    }

    @TruffleBoundary
    public static TruffleString[] rpartition(TruffleString self, TruffleString sep) {
        int len = StrCodePoints.length(self);
        int sepLen = checkedLength(sep);
        int pos = sepLen > len ? -1 : self.lastIndexOfStringUncached(sep, len, 0, StrCodePoints.UTF32);
        if (pos < 0) {
            return new TruffleString[]{StrCodePoints.EMPTY, StrCodePoints.EMPTY, self};
        }
        return new TruffleString[]{StrSplit.sub(self, 0, pos), sep, StrSplit.sub(self, pos + sepLen, len)};
    }

    private static int checkedLength(TruffleString sep) {
        int sepLen = StrCodePoints.length(sep);
        if (sepLen == 0) {
            throw StrException.valueError(StrErrorMessages.EMPTY_SEPARATOR);
        }
        return sepLen;
    }
}
