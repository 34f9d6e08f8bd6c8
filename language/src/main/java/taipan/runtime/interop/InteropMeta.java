package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import taipan.runtime.type.PythonClass;

/** Classes as interop meta-objects: names as a traceback shows them, instances by {@code isinstance}. */
final class InteropMeta {

    private InteropMeta() {
    }

    /** {@code module.qualname}, or just the qualname for the built-in classes. */
    @TruffleBoundary
    static String qualifiedName(Object value) throws UnsupportedMessageException {
        PythonClass cls = asClass(value);
        String module = cls.getModuleName();
        String qualname = cls.isBuiltin() ? cls.getName() : cls.getQualname();
        return module == null || module.equals("builtins") ? qualname : module + "." + qualname;
    }

    @TruffleBoundary
    static String simpleName(Object value) throws UnsupportedMessageException {
        return asClass(value).getName();
    }

    @TruffleBoundary
    static boolean isInstance(Object value, Object instance) throws UnsupportedMessageException {
        return (Boolean) PyOps.builtin("isinstance", InteropBoundary.toPython(instance), asClass(value));
    }

    private static PythonClass asClass(Object value) throws UnsupportedMessageException {
        if (value instanceof PythonClass cls) {
            return cls;
        }
        throw UnsupportedMessageException.create();
    }
}
