package taipan.runtime.debug;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;

/**
 * A Python value as a debugger sees it when the value is not an interop value of its own: shown by its
 * {@code repr()}. Values that are already interop values (numbers, strings, objects exporting the interop
 * library) are passed through as they are.
 */
@ExportLibrary(InteropLibrary.class)
public final class ValueView implements TruffleObject {

    private final Object value;

    private ValueView(Object value) {
        this.value = value;
    }

    /** {@code value} as an interop value for a debugger's scopes and evaluation results. */
    @TruffleBoundary
    public static Object of(Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Double
                        || value instanceof String || value instanceof TruffleString) {
            return value;
        }
        if (value instanceof TruffleObject t && !(value instanceof ValueView) && InteropLibrary.getUncached().hasLanguage(t)) {
            return value;
        }
        return value instanceof ValueView ? value : new ValueView(value);
    }

    public Object getValue() {
        return value;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return TaipanLanguage.class;
    }

    @ExportMessage
    boolean isNull() {
        return value == PNone.NONE;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        try {
            return Repr.repr(value);
        } catch (RuntimeException e) {
            // a user __repr__ that raises: show what CPython's debuggers show, the type
            return "<" + Repr.typeName(value) + " object>";
        }
    }
}
