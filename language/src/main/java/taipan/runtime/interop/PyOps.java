package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PException;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The Python operations the interop messages need ({@code getattr}, {@code len}, {@code iter}, ...), done by calling
 * the built-in functions themselves so that every Python protocol ({@code __getattr__}, {@code __len__}) is honoured.
 * Interop from another language is a slow path: everything here is behind a boundary.
 */
final class PyOps {

    private PyOps() {
    }

    /** Calls the built-in function {@code name} with Python arguments. */
    @TruffleBoundary
    static Object builtin(String name, Object... args) {
        return UncachedCalls.call(TaipanLanguage.get(null).builtinValue(name), args);
    }

    /** {@code type(receiver).name(receiver, *args)}, or null when the type has no such attribute. */
    @TruffleBoundary
    static Object special(Object receiver, String name, Object... args) {
        return UncachedCalls.callSpecial(receiver, name, args);
    }

    @TruffleBoundary
    static boolean truth(Object value) {
        return (Boolean) builtin("bool", value);
    }

    @TruffleBoundary
    static long len(Object value) {
        return ((Number) builtin("len", value)).longValue();
    }

    @TruffleBoundary
    static boolean hasAttr(Object value, String name) {
        return (Boolean) builtin("hasattr", value, PyStrings.of(name));
    }

    @TruffleBoundary
    static String repr(Object value) {
        return PyStrings.toJava((com.oracle.truffle.api.strings.TruffleString) builtin("repr", value));
    }

    /** Whether {@code e} carries a Python exception of the built-in class {@code type} (or a subclass). */
    @TruffleBoundary
    static boolean is(PException e, BuiltinType type) {
        PythonClass cls = e.getPythonException().getType();
        return cls.isSubclassOf(TaipanLanguage.get(null).getBuiltinClass(type));
    }
}
