package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.attribute.Descriptors;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;
import taipan.runtime.type.PythonClass;

/**
 * {@code C[key]} (CPython's {@code PyObject_GetItem} on a type): the metaclass's {@code __getitem__}, else the class's
 * {@code __class_getitem__}, which the generic built-in classes answer with a {@code types.GenericAlias}.
 */
public final class ClassSubscript {

    private ClassSubscript() {
    }

    @TruffleBoundary
    public static Object getItem(Node location, PythonClass cls, Object key) {
        PythonClass meta = cls.getMetaclass();
        if (!meta.isBuiltin()) {
            Object getitem = meta.lookup("__getitem__");
            if (getitem != null) {
                return SpecialMethods.callAttribute(location, getitem, cls, meta, new Object[]{key});
            }
        }
        Object classGetItem = cls.lookup("__class_getitem__");
        if (classGetItem != null) {
            return SlowCall.call(location, Descriptors.bind(location, classGetItem, null, cls), new Object[]{key});
        } else if (isGeneric(cls.getBuiltinType())) {
            return new PGenericAlias(cls, key);
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "type '%s' is not subscriptable", cls.getName());
    }

    /** The built-in classes with {@code __class_getitem__} (PEP 585). */
    private static boolean isGeneric(BuiltinType t) {
        return t != null && switch (t) {
            case TYPE, TUPLE, LIST, DICT, SET, FROZENSET, ENUMERATE, ZIP, MAP, FILTER, REVERSED, DICT_KEYS,
                            DICT_VALUES, DICT_ITEMS, GENERATOR -> true;
            default -> false;
        };
    }
}
