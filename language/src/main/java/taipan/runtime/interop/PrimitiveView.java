package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import taipan.language.TaipanLanguage;

/**
 * Python's view of a primitive interop value (a long, double, boolean, string): its class as meta-object
 * ({@code Value.getMetaObject()} of {@code 7} is {@code int}) and its {@code str} as display string (a str shows as itself).
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "value")
public final class PrimitiveView implements TruffleObject {

    final Object value;

    public PrimitiveView(Object value) {
        this.value = value;
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
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        Object str = PyOps.builtin("str", InteropBoundary.toPython(value));
        return taipan.runtime.str.PyStrings.toJava((com.oracle.truffle.api.strings.TruffleString) str);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return InteropBoundary.toInterop(PyOps.builtin("type", InteropBoundary.toPython(value)));
    }
}
