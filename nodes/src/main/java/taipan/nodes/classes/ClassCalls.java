package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PStaticMethod;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PythonObject;
import taipan.runtime.object.PythonTypes;
import taipan.language.TaipanLanguage;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Calling a class ({@code type.__call__}): {@code __new__} makes the instance, then {@code __init__} initialises
 * it when the instance is of that class. The slow path; call sites cache the common case themselves.
 */
public final class ClassCalls {

    private ClassCalls() {
    }

    @TruffleBoundary
    public static Object call(Node location, PythonClass cls, Object[] args, String[] keywordNames,
                    Object[] keywords) {
        PythonClass meta = cls.getMetaclass();
        if (!meta.isBuiltin()) {
            Object metaCall = meta.lookup("__call__");
            if (!(metaCall instanceof PBuiltinFunction)) {
                Object bound = taipan.nodes.attribute.Descriptors.bind(location, metaCall, cls, meta);
                return SlowCall.call(location, bound, args, keywordNames, keywords);
            }
        }
        return callDefault(location, cls, args, keywordNames, keywords);
    }

    /** {@code type.__call__}: what calling a class does when its metaclass does not override {@code __call__}. */
    @TruffleBoundary
    public static Object callDefault(Node location, PythonClass cls, Object[] args, String[] keywordNames,
                    Object[] keywords) {
        if (cls.isBuiltin()) {
            return callBuiltin(location, cls, args, keywordNames, keywords);
        }
        Object instance = newInstance(location, cls, args, keywordNames, keywords);
        PythonClass actual = PythonTypes.classOf(TaipanLanguage.get(location), instance);
        if (actual.isSubclassOf(cls)) {
            Object init = actual.lookup("__init__");
            if (isUserInit(actual, init)) {
                Object result = SlowCall.call(location, init, SlowCall.prepend(instance, args), keywordNames,
                                keywords);
                checkInitResult(location, result);
            } else if (args.length + keywords.length > 0 && !hasUserNew(cls) && cls.getSolidBase() == BuiltinType.OBJECT) {
                throw takesNoArguments(location, cls);
            }
        }
        return instance;
    }

    private static Object newInstance(Node location, PythonClass cls, Object[] args, String[] keywordNames,
                    Object[] keywords) {
        Object newAttribute = cls.lookup("__new__");
        if (newAttribute instanceof PStaticMethod s) {
            newAttribute = s.getCallable();
        }
        if (newAttribute instanceof PFunction) {
            return SlowCall.call(location, newAttribute, SlowCall.prepend(cls, args), keywordNames, keywords);
        } else if (cls.getSolidBase() == BuiltinType.OBJECT) {
            AbstractClasses.checkInstantiable(location, cls);
            return taipan.nodes.object.Finalization.newInstance(cls);
        }
        return newBuiltinInstance(location, cls, args, keywordNames, keywords);
    }

    /**
     * The built-in base's {@code __new__} for a subclass: its constructor gets the subclass first, as tp_new does;
     * a plain built-in value that comes back is wrapped as an instance of the subclass. The mutable containers'
     * {@code __new__} ignores the arguments when the class has an {@code __init__} of its own, which fills them.
     */
    @TruffleBoundary
    public static Object newBuiltinInstance(Node location, PythonClass cls, Object[] args, String[] keywordNames,
                    Object[] keywords) {
        PBuiltinFunction constructor = builtinConstructor(cls);
        if (constructor == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "cannot create '%s' instances", cls.getTypeName());
        }
        boolean emptyFirst = isMutableContainer(cls.getSolidBase()) && cls.lookup("__init__") instanceof PFunction;
        Object result = emptyFirst ? SlowCall.call(location, constructor, new Object[]{cls})
                        : SlowCall.callConstructor(location, constructor, cls, args, keywordNames, keywords);
        return wrapBuiltinResult(location, cls, result);
    }

    /** What a built-in base's constructor made for {@code cls}: kept if of the class, else wrapped as its instance. */
    @TruffleBoundary
    public static Object wrapBuiltinResult(Node location, PythonClass cls, Object result) {
        if (cls.isBuiltin() || PythonTypes.classOf(TaipanLanguage.get(location), result).isSubclassOf(cls)) {
            return result;
        }
        return new PBuiltinSubclassObject(cls.getInstanceShape(), result);
    }

    private static boolean isMutableContainer(BuiltinType type) {
        return type == BuiltinType.LIST || type == BuiltinType.DICT || type == BuiltinType.SET ||
                        type == BuiltinType.BYTEARRAY;
    }

    /** The constructor of the nearest built-in class on the MRO that has one. */
    public static PBuiltinFunction builtinConstructor(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            if (c.isBuiltin() && c.getConstructor() != null && c.getBuiltinType() != BuiltinType.OBJECT) {
                return c.getConstructor();
            }
        }
        return null;
    }

    private static Object callBuiltin(Node location, PythonClass cls, Object[] args, String[] keywordNames,
                    Object[] keywords) {
        if (cls.getBuiltinType() == BuiltinType.OBJECT) {
            if (args.length + keywords.length > 0) {
                throw takesNoArguments(location, cls);
            }
            return new PythonObject(cls.getInstanceShape());
        }
        PBuiltinFunction constructor = cls.getConstructor();
        if (constructor == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "cannot create '%s' instances", cls.getTypeName());
        }
        return SlowCall.callConstructor(location, constructor, cls, args, keywordNames, keywords);
    }

    /**
     * Whether {@code init} is an {@code __init__} that calling {@code cls} must run: a Python function, or a built-in
     * one that a class made at run time carries ({@code ast.AST.__init__}), not {@code object.__init__}.
     */
    public static boolean isUserInit(PythonClass cls, Object init) {
        if (init instanceof PFunction) {
            return true;
        } else if (!(init instanceof PBuiltinFunction)) {
            return false;
        }
        for (PythonClass c : cls.getMro()) {
            if (c.getOwnAttribute("__init__") != null) {
                return c.getOwnAttribute("__init__") == init && !c.isBuiltin();
            }
        }
        return false;
    }

    public static boolean hasUserNew(PythonClass cls) {
        Object newAttribute = cls.lookup("__new__");
        return newAttribute instanceof PStaticMethod || newAttribute instanceof PFunction;
    }

    public static void checkInitResult(Node location, Object result) {
        if (result != PNone.NONE) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__init__() should return None, not '%s'",
                            PythonErrors.typeName(location, result));
        }
    }

    public static RuntimeException takesNoArguments(Node location, PythonClass cls) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() takes no arguments", cls.getName());
    }
}
