package taipan.runtime.debug;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.InteropArray;
import taipan.runtime.str.PyStrings;

/** A module's namespace ({@code __dict__}) as a debugger scope: the global variables of the code paused in it. */
@ExportLibrary(InteropLibrary.class)
public final class GlobalsScope implements TruffleObject {

    private final PythonModule module;

    public GlobalsScope(PythonModule module) {
        this.module = module;
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
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new InteropArray(memberNames());
    }

    /** The names in the module's namespace, in the order they were first bound. */
    @TruffleBoundary
    String[] memberNames() {
        Object[] keys = DynamicObjectLibrary.getUncached().getKeyArray(module);
        java.util.List<String> names = new java.util.ArrayList<>(keys.length);
        for (Object key : keys) {
            if (key instanceof TruffleString s) {
                names.add(s.toJavaStringUncached());
            } else if (key instanceof String s) {
                names.add(s);
            }
        }
        return names.toArray(new String[0]);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = get(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return ValueView.of(value);
    }

    @TruffleBoundary
    Object get(String member) {
        return DynamicObjectLibrary.getUncached().getOrDefault(module, PyStrings.of(member), null);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "globals of " + module.getName();
    }
}
