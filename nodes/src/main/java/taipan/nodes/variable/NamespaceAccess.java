package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * Name lookups in an explicit locals mapping ({@code exec(code, globals, locals)}, CPython's {@code LOAD_NAME} and
 * {@code STORE_NAME}): a dict directly, any other mapping through {@code __getitem__}/{@code __setitem__}.
 */
public final class NamespaceAccess {

    private NamespaceAccess() {
    }

    /** The value of {@code key} in {@code namespace}, or null when it has none. */
    @TruffleBoundary
    public static Object get(Node location, Object namespace, Object key) {
        if (namespace instanceof PDict dict) {
            ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
            return dict.getStorage().get(mode, new BuiltinEquality(mode), key);
        }
        try {
            return SpecialMethods.callUncached(location, namespace, "__getitem__", new Object[]{key});
        } catch (PException e) {
            if (isKeyError(location, e)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void put(Node location, Object namespace, Object key, Object value) {
        if (namespace instanceof PDict dict) {
            ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
            dict.getStorage().put(mode, new BuiltinEquality(mode), key, value);
        } else if (SpecialMethods.callUncached(location, namespace, "__setitem__", new Object[]{key, value}) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object does not support item assignment",
                            PythonErrors.typeName(location, namespace));
        }
    }

    /** Removes {@code key}; false when it was not there. */
    @TruffleBoundary
    public static boolean delete(Node location, Object namespace, Object key) {
        if (namespace instanceof PDict dict) {
            ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
            BuiltinEquality ops = new BuiltinEquality(mode);
            return dict.getStorage().remove(mode, ops, key, ops.hash(key)) != null;
        }
        try {
            return SpecialMethods.callUncached(location, namespace, "__delitem__", new Object[]{key}) != null;
        } catch (PException e) {
            if (isKeyError(location, e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isKeyError(Node location, PException e) {
        return e.getPythonException().getType().isSubclassOf(
                        TaipanLanguage.get(location).getBuiltinClass(BuiltinType.KEY_ERROR));
    }
}
