package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * Names of a class body in its namespace, which is whatever {@code __prepare__} returned: an exact dict is read and
 * written directly, any other mapping through its {@code __getitem__}/{@code __setitem__}/{@code __delitem__}
 * (enum's {@code _EnumDict} relies on that).
 */
public final class ClassNamespaces {

    private ClassNamespaces() {
    }

    /** The value of {@code name}, or null when the namespace has none (a {@code KeyError} from the mapping). */
    @TruffleBoundary
    public static Object get(Node location, Object namespace, String name) {
        if (isExactDict(namespace)) {
            ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
            return ((PDict) namespace).getStorage().get(mode, new BuiltinEquality(mode), PyStrings.of(name));
        }
        try {
            Object value = SpecialMethods.callUncached(location, namespace, ObjectProtocols.GETITEM,
                            new Object[]{PyStrings.of(name)});
            if (value == null) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable",
                                PythonErrors.typeName(location, namespace));
            }
            return value;
        } catch (PException e) {
            if (ObjectProtocols.is(location, e, BuiltinType.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static void put(Node location, Object namespace, String name, Object value) {
        if (isExactDict(namespace)) {
            ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
            ((PDict) namespace).getStorage().put(mode, new BuiltinEquality(mode), PyStrings.of(name), value);
        } else if (SpecialMethods.callUncached(location, namespace, ObjectProtocols.SETITEM,
                        new Object[]{PyStrings.of(name), value}) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "'%s' object does not support item assignment", PythonErrors.typeName(location, namespace));
        }
    }

    /** {@code del name} in a class body; raises {@code NameError} when the namespace has no such name. */
    @TruffleBoundary
    public static void delete(Node location, Object namespace, String name) {
        try {
            if (SpecialMethods.callUncached(location, namespace, ObjectProtocols.DELITEM,
                            new Object[]{PyStrings.of(name)}) != null) {
                return;
            }
        } catch (PException e) {
            if (!ObjectProtocols.is(location, e, BuiltinType.KEY_ERROR)) {
                throw e;
            }
        }
        throw PythonErrors.raise(location, BuiltinType.NAME_ERROR, "name '%s' is not defined", name);
    }

    static boolean isExactDict(Object namespace) {
        return namespace != null && namespace.getClass() == PDict.class;
    }
}
