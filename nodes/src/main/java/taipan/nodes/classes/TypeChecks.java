package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.attribute.Descriptors;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SlowCompare;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code isinstance}/{@code issubclass} (CPython's {@code PyObject_IsInstance}/{@code PyObject_IsSubclass}): tuples
 * of classes, and the {@code __instancecheck__}/{@code __subclasscheck__} of a metaclass.
 */
public final class TypeChecks {

    private TypeChecks() {
    }

    @TruffleBoundary
    public static boolean isInstance(Node location, Object instance, Object cls) {
        PythonClass actual = SpecialMethods.classOf(location, instance);
        if (actual == cls) {
            return true;
        } else if (cls instanceof taipan.runtime.type.PUnionType u) {
            return isInstance(location, instance, u.getArgs());
        } else if (cls instanceof PTuple t) {
            for (Object item : t.getItems()) {
                if (isInstance(location, instance, item)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof taipan.runtime.type.PGenericAlias) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "isinstance() argument 2 cannot be a parameterized generic");
        }
        Object hook = userHook(location, cls, "__instancecheck__");
        if (hook != null) {
            return SlowCompare.isTrue(location, SlowCall.call(location, hook, new Object[]{instance}));
        }
        if (cls instanceof PythonClass c && (actual.isSubclassOf(c) || !actual.hasClassOverride())) {
            return actual.isSubclassOf(c);
        }
        return AbstractTypeChecks.isInstance(location, instance, actual, cls);
    }

    /**
     * The rest of {@code isinstance(value, cls)} once {@code type(value)} is not a subclass of {@code cls}: an
     * instance of a user class whose {@code __class__} is a property may still claim {@code cls}. The flag is cached
     * on the class, so the common False result makes no call.
     */
    public static boolean isInstanceByClassAttribute(Node location, Object value, PythonClass actual, PythonClass cls) {
        return actual.hasClassOverride() && isInstanceByOverride(location, value, actual, cls);
    }

    @TruffleBoundary
    private static boolean isInstanceByOverride(Node location, Object value, PythonClass actual, PythonClass cls) {
        return AbstractTypeChecks.isInstance(location, value, actual, cls);
    }

    @TruffleBoundary
    public static boolean isSubclass(Node location, Object sub, Object cls) {
        if (cls instanceof taipan.runtime.type.PUnionType u) {
            return isSubclass(location, sub, u.getArgs());
        } else if (cls instanceof PTuple t) {
            for (Object item : t.getItems()) {
                if (isSubclass(location, sub, item)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof taipan.runtime.type.PGenericAlias) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "issubclass() argument 2 cannot be a parameterized generic");
        }
        Object hook = userHook(location, cls, "__subclasscheck__");
        if (hook != null) {
            return SlowCompare.isTrue(location, SlowCall.call(location, hook, new Object[]{sub}));
        }
        return defaultIsSubclass(location, sub, cls);
    }

    /** The metaclass's check bound to {@code cls}, unless it is {@code type}'s own. */
    private static Object userHook(Node location, Object cls, String name) {
        PythonClass meta = SpecialMethods.classOf(location, cls);
        if (meta.isBuiltin() || cls instanceof PTuple) {
            return null;
        }
        Object hook = meta.lookup(name);
        if (hook == null || hook instanceof PBuiltinFunction) {
            return null;
        }
        return Descriptors.bind(location, hook, cls, meta);
    }

    @TruffleBoundary
    public static boolean defaultIsInstance(Node location, Object instance, PythonClass cls) {
        return SpecialMethods.classOf(location, instance).isSubclassOf(cls);
    }

    @TruffleBoundary
    public static boolean defaultIsSubclass(Node location, Object sub, Object cls) {
        if (!(sub instanceof PythonClass c) || !(cls instanceof PythonClass base)) {
            return AbstractTypeChecks.isSubclass(location, sub, cls);
        }
        return c.isSubclassOf(base);
    }
}
