package taipan.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.threading.ThreadingMode;

/**
 * The attributes of a Python function object (CPython's {@code func_getsetlist} and {@code func_memberlist}), then
 * its {@code __dict__}: read and written by name.
 */
public final class FunctionAttributes {

    private FunctionAttributes() {
    }

    /** {@code function.name}, or null when the function has no such attribute. */
    @TruffleBoundary
    public static Object get(Node location, PFunction f, String name) {
        switch (name) {
            case "__name__":
                return PyStrings.of(f.getName());
            case "__qualname__":
                return PyStrings.of(f.getQualname());
            case "__module__":
                return f.getModule() != null ? f.getModule() : moduleName(f);
            case "__doc__":
                return f.getDoc();
            case "__defaults__":
                return f.getDefaults().length == 0 ? PNone.NONE : new PTuple(f.getDefaults().clone());
            case "__kwdefaults__":
                return kwDefaults(location, f);
            case "__annotations__":
                if (f.getAnnotations() == null) {
                    f.setAnnotations(new PDict());
                }
                return f.getAnnotations();
            case "__dict__":
                return dict(f);
            case "__code__":
                return f.getCode();
            case "__closure__":
                return f.getClosure().length == 0 ? PNone.NONE : new PTuple(f.getClosure().clone());
            case "__type_params__":
                return f.getTypeParams() == null ? PTuple.EMPTY : f.getTypeParams();
            case "__class__":
                return TaipanLanguage.get(location).getBuiltinClass(BuiltinType.FUNCTION);
            case "__globals__":
                return f.getGlobals().getDict();
            case "__builtins__":
                return PythonContext.get(location).getBuiltinsModule().getDict();
            default:
                Object own = f.getDict() == null ? null : lookup(location, (PDict) f.getDict(), name);
                return own != null ? own : classAttribute(location, f, name);
        }
    }

    /** What the {@code function} class defines ({@code __get__}, {@code __repr__}...), bound to the function. */
    private static Object classAttribute(Node location, PFunction f, String name) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.FUNCTION);
        Object attribute = cls.lookup(name);
        return attribute == null ? null : taipan.nodes.attribute.Descriptors.bind(location, attribute, f, cls);
    }

    /** {@code function.name = value}. */
    @TruffleBoundary
    public static void set(Node location, PFunction f, String name, Object value) {
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!(value instanceof TruffleString s)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                    name + " must be set to a string object");
                }
                if (name.equals("__name__")) {
                    f.setName(PyStrings.toJava(s));
                } else {
                    f.setQualname(PyStrings.toJava(s));
                }
            }
            case "__module__" -> f.setModule(value);
            case "__doc__" -> f.setDoc(value);
            case "__defaults__" -> f.setDefaults(tupleOrNone(location, value, name));
            case "__kwdefaults__" -> setKwDefaults(location, f, value);
            case "__annotations__" -> {
                if (value != PNone.NONE && !(value instanceof PDict)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__annotations__ must be set to a dict object");
                }
                f.setAnnotations(value == PNone.NONE ? null : value);
            }
            case "__dict__" -> f.setDict(checkDict(location, value));
            case "__type_params__" -> f.setTypeParams(typeParams(location, value));
            case "__code__" -> setCode(location, f, value);
            case "__closure__", "__globals__", "__builtins__" ->
                throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "readonly attribute");
            default -> put(location, dict(f), name, value);
        }
    }

    /** {@code del function.name}: CPython's setters called with NULL. */
    @TruffleBoundary
    public static void delete(Node location, PFunction f, String name) {
        switch (name) {
            case "__name__", "__qualname__" -> throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            name + " must be set to a string object");
            case "__code__" -> throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "__code__ must be set to a code object");
            case "__type_params__" -> throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "__type_params__ must be set to a tuple");
            case "__dict__" -> throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "cannot delete __dict__");
            case "__closure__", "__globals__", "__builtins__" ->
                throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "readonly attribute");
            case "__module__" -> f.setModule(PNone.NONE);
            case "__doc__" -> f.setDoc(PNone.NONE);
            case "__defaults__" -> f.setDefaults(new Object[0]);
            case "__kwdefaults__" -> f.setKwDefaults(null);
            case "__annotations__" -> f.setAnnotations(null);
            default -> deleteOwn(location, f, name);
        }
    }

    private static void deleteOwn(Node location, PFunction f, String name) {
        if (f.getDict() == null || !remove(location, (PDict) f.getDict(), name)) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            "function", name);
        }
    }

    private static Object checkDict(Node location, Object value) {
        if (!(value instanceof PDict)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "__dict__ must be set to a dictionary, not a '%s'", PythonErrors.typeName(location, value));
        }
        return value;
    }

    /** {@code function.__code__ = code}: the new code must close over as many cells as the function holds. */
    private static void setCode(Node location, PFunction f, Object value) {
        if (!(value instanceof taipan.runtime.function.PCode code)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__code__ must be set to a code object");
        }
        int free = code.getInfo() == null ? 0 : code.getInfo().freevars().length;
        if (free != f.getClosure().length) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR,
                            "%s() requires a code object with %d free vars, not %d", f.getName(), f.getClosure().length,
                            free);
        }
        f.setCode(code);
    }

    private static Object typeParams(Node location, Object value) {
        if (!(value instanceof PTuple)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__type_params__ must be set to a tuple");
        }
        return value;
    }

    /** {@code cell.cell_contents}. */
    @TruffleBoundary
    public static Object cellContents(Node location, PCell cell) {
        Object value = cell.get();
        if (value == null) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, ErrorMessages.CELL_IS_EMPTY);
        }
        return value;
    }

    /** CPython takes {@code __module__} from the globals' {@code __name__} when the function is made. */
    private static Object moduleName(PFunction f) {
        Object name = f.getGlobals().getAttribute("__name__");
        return name != null ? name : PNone.NONE;
    }

    private static PDict dict(PFunction f) {
        if (f.getDict() == null) {
            f.setDict(new PDict());
        }
        return (PDict) f.getDict();
    }

    private static Object kwDefaults(Node location, PFunction f) {
        Object[] values = f.getKwDefaults();
        if (values == null) {
            return PNone.NONE;
        }
        String[] names = f.getCode().getSignature().getKeywordOnlyNames();
        PDict dict = new PDict();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                put(location, dict, names[i], values[i]);
            }
        }
        return dict;
    }

    private static void setKwDefaults(Node location, PFunction f, Object value) {
        if (value == PNone.NONE) {
            f.setKwDefaults(null);
            return;
        }
        if (!(value instanceof PDict dict)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__kwdefaults__ must be set to a dict object");
        }
        String[] names = f.getCode().getSignature().getKeywordOnlyNames();
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = lookup(location, dict, names[i]);
        }
        f.setKwDefaults(values);
    }

    private static Object[] tupleOrNone(Node location, Object value, String name) {
        if (value == PNone.NONE) {
            return new Object[0];
        } else if (value instanceof PTuple t) {
            return t.getItems().clone();
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, name + " must be set to a tuple object");
    }

    private static Object lookup(Node location, PDict dict, String name) {
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        return dict.getStorage().get(mode, new BuiltinEquality(mode), PyStrings.of(name));
    }

    private static boolean remove(Node location, PDict dict, String name) {
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        Object key = PyStrings.of(name);
        return dict.getStorage().remove(mode, ops, key, ops.hash(key)) != null;
    }

    private static void put(Node location, PDict dict, String name, Object value) {
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        dict.getStorage().put(mode, new BuiltinEquality(mode), PyStrings.of(name), value);
    }
}
