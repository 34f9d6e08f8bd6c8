package taipan.nodes.typing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The objects PEP 695 syntax makes at run time (CPython's intrinsics {@code INTRINSIC_TYPEVAR*},
 * {@code INTRINSIC_TYPEALIAS}): type parameters and aliases whose bounds, constraints, defaults and values are
 * functions evaluated on first access, then cached.
 */
public final class TypeParamObjects {

    /** Where a lazily evaluated attribute keeps the function computing it until first read. */
    private static final String EVALUATE = "__evaluate_";

    private TypeParamObjects() {
    }

    /** The hidden attribute holding the function that computes {@code name} ({@code __bound__}...). */
    static String evaluatorName(String name) {
        return EVALUATE + name.substring(2);
    }

    /**
     * A {@code TypeVar}/{@code ParamSpec}/{@code TypeVarTuple} of a type-parameter list; {@code bound} (or the
     * constraints when {@code constraints}) and {@code defaultValue} are functions or null.
     */
    @TruffleBoundary
    public static Object typeParam(Node location, BuiltinType kind, TruffleString name, Object bound,
                    boolean constraints, Object defaultValue, Object module) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(kind);
        Object param = SlowCall.call(location, cls, new Object[]{name});
        if (kind != BuiltinType.TYPE_VAR_TUPLE) {
            ObjectAttributes.setInstanceAttribute(location, param, "__infer_variance__", true);
        }
        if (bound != null) {
            makeLazy(location, param, constraints ? "__constraints__" : "__bound__", bound);
        }
        if (defaultValue != null) {
            makeLazy(location, param, "__default__", defaultValue);
        }
        ObjectAttributes.setInstanceAttribute(location, param, "__module__", module);
        return param;
    }

    /** Replaces the attribute {@code name} by a function computing it on first access. */
    @TruffleBoundary
    public static void makeLazy(Node location, Object object, String name, Object evaluator) {
        remove(location, object, name);
        put(location, object, evaluatorName(name), evaluator);
    }

    /** Stores into the object itself, past {@code __setattr__} (the typing objects are read-only to Python). */
    @TruffleBoundary
    public static void put(Node location, Object object, String name, Object value) {
        taipan.threading.SharedObjects.put(TaipanLanguage.get(location).threadingMode(),
                        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached(),
                        (taipan.runtime.object.PythonObject) object, name, value);
    }

    @TruffleBoundary
    static void remove(Node location, Object object, String name) {
        taipan.threading.SharedObjects.removeKey(TaipanLanguage.get(location).threadingMode(),
                        com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached(),
                        (taipan.runtime.object.PythonObject) object, name);
    }

    /** Whether {@code name} of {@code object} is still waiting for its evaluation. */
    @TruffleBoundary
    public static boolean isLazy(Node location, Object object, String name) {
        return ObjectAttributes.lookupInstanceAttribute(location, object, classOf(location, object),
                        evaluatorName(name)) != null;
    }

    /**
     * A lazily computed attribute ({@code __getattr__} of the typing classes): evaluated once and cached; null when
     * {@code name} is not one.
     */
    @TruffleBoundary
    public static Object lazyAttribute(Node location, Object object, String name) {
        if (!name.startsWith("__") || !name.endsWith("__") || name.startsWith(EVALUATE)) {
            return null;
        }
        PythonClass cls = classOf(location, object);
        Object evaluator = ObjectAttributes.lookupInstanceAttribute(location, object, cls, evaluatorName(name));
        if (evaluator == null) {
            return null;
        }
        Object value = SlowCall.call(location, evaluator, new Object[0]);
        if (name.equals("__constraints__") && !(value instanceof PTuple)) {
            value = new PTuple(new Object[]{value});
        }
        put(location, object, name, value);
        remove(location, object, evaluatorName(name));
        return value;
    }

    private static PythonClass classOf(Node location, Object object) {
        return taipan.runtime.object.PythonTypes.classOf(TaipanLanguage.get(location), object);
    }

    /**
     * The type parameters among {@code args}, first occurrence first, nested aliases' included (CPython's
     * {@code _Py_make_parameters}).
     */
    @TruffleBoundary
    public static PTuple parameters(Node location, PTuple args) {
        java.util.List<Object> found = new java.util.ArrayList<>();
        collect(location, args, found);
        return found.isEmpty() ? PTuple.EMPTY : new PTuple(found.toArray());
    }

    private static void collect(Node location, PTuple args, java.util.List<Object> found) {
        TaipanLanguage language = TaipanLanguage.get(location);
        for (Object arg : args.getItems()) {
            if (arg instanceof taipan.runtime.type.PGenericAlias g) {
                collect(location, g.getArgs(), found);
                continue;
            }
            PythonClass cls = classOf(location, arg);
            boolean isParam = cls == language.getBuiltinClass(BuiltinType.TYPE_VAR) ||
                            cls == language.getBuiltinClass(BuiltinType.PARAM_SPEC) ||
                            cls == language.getBuiltinClass(BuiltinType.TYPE_VAR_TUPLE);
            if (isParam && !found.contains(arg)) {
                found.add(arg);
            } else if (arg instanceof PTuple t) {
                collect(location, t, found);
            }
        }
    }
}
