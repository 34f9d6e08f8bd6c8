package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The data descriptors of {@code type} ({@code __name__}, {@code __mro__}, ...), which win over a class's dict. */
final class ClassAttributes {

    private ClassAttributes() {
    }

    /** The value of one of type's own attributes of {@code cls}, or null if {@code name} is not one. */
    @TruffleBoundary
    static Object get(Node location, PythonClass cls, String name) {
        return switch (name) {
            case "__name__" -> cls.getTsName();
            case "__qualname__" -> PyStrings.of(cls.getQualname());
            case "__module__" -> {
                String module = cls.getModuleName();
                yield module == null ? PNone.NONE : PyStrings.of(module);
            }
            case "__bases__" -> new PTuple(objects(cls.getBases()));
            case "__mro__" -> new PTuple(objects(cls.getMro()));
            case "__base__" -> cls.getBases().length == 0 ? PNone.NONE : cls.getBases()[0];
            case "__class__" -> cls.getMetaclass();
            case "__dict__" -> new taipan.runtime.object.PBuiltinSubclassObject(taipan.language.TaipanLanguage.get(location)
                            .getBuiltinClass(BuiltinType.MAPPING_PROXY).getInstanceShape(),
                            DictSnapshots.ofMap(location, cls.getOwnAttributes()));
            case "__doc__" -> {
                Object doc = cls.getOwnAttribute("__doc__");
                yield doc == null ? PNone.NONE : doc;
            }
            case "__type_params__" -> {
                Object params = cls.getOwnAttribute("__type_params__");
                yield params == null ? PTuple.EMPTY : params;
            }
            case "__annotations__" -> annotations(cls);
            default -> null;
        };
    }

    /** CPython's {@code type_get_annotations}: a class's own dict, made empty on first access; none for built-ins. */
    private static Object annotations(PythonClass cls) {
        Object own = cls.getOwnAttribute("__annotations__");
        if (own != null || cls.isBuiltin()) {
            return own;
        }
        taipan.runtime.object.PDict made = new taipan.runtime.object.PDict();
        cls.setAttribute("__annotations__", made);
        return made;
    }

    /** Sets one of type's own attributes; false if {@code name} is not one (it then goes into the class's dict). */
    @TruffleBoundary
    static boolean set(Node location, PythonClass cls, String name, Object value) {
        switch (name) {
            case "__qualname__" -> {
                if (!(value instanceof TruffleString s)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                    "can only assign string to %s.__qualname__, not '%s'", cls.getName(),
                                    PythonErrors.typeName(location, value));
                }
                cls.setQualname(s.toJavaStringUncached());
                return true;
            }
            case "__bases__" -> {
                taipan.nodes.classes.ClassBasesAssignment.assign(location, cls, value);
                return true;
            }
            case "__name__" -> {
                if (!(value instanceof TruffleString s)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                    "can only assign string to %s.__name__, not '%s'", cls.getName(),
                                    PythonErrors.typeName(location, value));
                }
                String newName = s.toJavaStringUncached();
                if (newName.indexOf('\0') >= 0) {
                    throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "type name must not contain null characters");
                }
                cls.setName(newName);
                return true;
            }
            case "__mro__", "__base__", "__class__" -> throw PythonErrors.raise(location,
                            BuiltinType.NOT_IMPLEMENTED_ERROR, "Taipan does not support assigning %s yet", name);
            default -> {
                return false;
            }
        }
    }

    private static Object[] objects(PythonClass[] classes) {
        Object[] result = new Object[classes.length];
        System.arraycopy(classes, 0, result, 0, classes.length);
        return result;
    }
}
