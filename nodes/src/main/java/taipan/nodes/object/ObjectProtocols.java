package taipan.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The container and truth protocols of user instances ({@code __getitem__}, {@code __len__}, {@code __bool__},
 * ...), used by the specialisations the shared operation nodes have for {@link PythonObject}s.
 */
public final class ObjectProtocols {

    public static final String GETITEM = "__getitem__";
    public static final String SETITEM = "__setitem__";
    public static final String DELITEM = "__delitem__";
    public static final String LEN = "__len__";
    public static final String BOOL = "__bool__";
    public static final String ITER = "__iter__";
    public static final String NEXT = "__next__";
    public static final String CONTAINS = "__contains__";
    public static final String FORMAT = "__format__";

    private static final Object[] NONE = new Object[0];

    private ObjectProtocols() {
    }

    /** {@code obj[key]}; raises "not subscriptable" when the class has no {@code __getitem__}. */
    public static Object getItem(Node location, CallSpecialMethodNode call, PythonObject obj, Object key) {
        Object result;
        try {
            result = call.execute(obj, new Object[]{key});
        } catch (PException e) {
            return missing(location, obj, key, e);
        }
        if (result == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable",
                            obj.getPythonClass().getName());
        }
        return result;
    }

    /** {@code dict.__getitem__} of a dict subclass asks the class's {@code __missing__} about an absent key. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static Object missing(Node location, PythonObject obj, Object key, PException e) {
        if (obj instanceof taipan.runtime.object.PBuiltinSubclassObject w &&
                        w.getValue() instanceof taipan.runtime.object.PDict && is(location, e, BuiltinType.KEY_ERROR) &&
                        obj.getPythonClass().lookup(GETITEM) instanceof taipan.runtime.function.PBuiltinFunction) {
            Object missing = obj.getPythonClass().lookup("__missing__");
            if (missing != null) {
                return SpecialMethods.callAttribute(location, missing, obj, obj.getPythonClass(), new Object[]{key});
            }
        }
        throw e;
    }

    public static void setItem(Node location, CallSpecialMethodNode call, PythonObject obj, Object key, Object value) {
        if (call.execute(obj, new Object[]{key, value}) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "'%s' object does not support item assignment", obj.getPythonClass().getName());
        }
    }

    public static void delItem(Node location, CallSpecialMethodNode call, PythonObject obj, Object key) {
        if (call.execute(obj, new Object[]{key}) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "'%s' object does not support item deletion", obj.getPythonClass().getName());
        }
    }

    /** {@code len(obj)}: {@code __len__}'s result as a non-negative int. */
    public static long length(Node location, CallSpecialMethodNode call, PythonObject obj) {
        Object result = call.execute(obj, NONE);
        if (result == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "object of type '%s' has no len()",
                            obj.getPythonClass().getName());
        }
        return checkLength(location, result);
    }

    public static long checkLength(Node location, Object result) {
        long n;
        if (result instanceof Long l) {
            n = l;
        } else if (result instanceof Boolean b) {
            n = b ? 1 : 0;
        } else if (result instanceof java.math.BigInteger) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR,
                            "cannot fit 'int' into an index-sized integer");
        } else {
            n = indexLength(location, result);
        }
        if (n < 0) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "__len__() should return >= 0");
        }
        return n;
    }

    /** A {@code __len__} result that is no int: its {@code __index__} (an int subclass, an index object). */
    @TruffleBoundary
    private static long indexLength(Node location, Object result) {
        Object index = result instanceof PythonObject ? indexOf(location, result) : null;
        if (index instanceof Long l) {
            return l;
        } else if (index instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (index != null) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR,
                            "cannot fit 'int' into an index-sized integer");
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                        "'%s' object cannot be interpreted as an integer", PythonErrors.typeName(location, result));
    }

    @TruffleBoundary
    private static Object indexOf(Node location, Object value) {
        Object unwrapped = taipan.runtime.object.PBuiltinSubclassObject.unwrap(value);
        if (unwrapped != value && (unwrapped instanceof Long || unwrapped instanceof java.math.BigInteger)) {
            return unwrapped;
        }
        Object index = SpecialMethods.callUncached(location, value, "__index__", NONE);
        if (index == null) {
            return null;
        }
        Object number = taipan.runtime.object.PBuiltinSubclassObject.unwrap(index);
        if (number instanceof Long || number instanceof Boolean || number instanceof java.math.BigInteger) {
            return number;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__index__ returned non-int (type %s)",
                        PythonErrors.typeName(location, index));
    }

    /** Truth: {@code __bool__} (which must return a bool), else {@code __len__}, else true. */
    public static boolean isTrue(Node location, CallSpecialMethodNode callBool, CallSpecialMethodNode callLen,
                    PythonObject obj) {
        Object result = callBool.execute(obj, NONE);
        if (result != null) {
            if (result instanceof Boolean b) {
                return b;
            }
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__bool__ should return bool, returned %s",
                            PythonErrors.typeName(location, result));
        }
        result = callLen.execute(obj, NONE);
        return result == null || checkLength(location, result) != 0;
    }

    /** Whether {@code e} is a {@code StopIteration} (or subclass), which ends an iteration. */
    @TruffleBoundary
    public static boolean isStopIteration(Node location, PException e) {
        return is(location, e, BuiltinType.STOP_ITERATION);
    }

    @TruffleBoundary
    public static boolean is(Node location, PException e, BuiltinType type) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(type);
        return e.getPythonException().getType().isSubclassOf(cls);
    }
}
