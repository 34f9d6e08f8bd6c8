package taipan.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PBaseException;
import taipan.runtime.function.PFunction;
import taipan.runtime.type.PythonClass;

/** {@code repr}/{@code str}/{@code hash} of user instances on slow paths: the class's own methods, else object's. */
public final class ObjectRepr {

    private ObjectRepr() {
    }

    /** {@code object.__repr__}: {@code <module.QualName object at 0x...>}. */
    @TruffleBoundary
    public static String defaultRepr(Object self) {
        if (self instanceof PythonObject o) {
            PythonClass cls = o.getPythonClass();
            String module = cls.getModuleName();
            String prefix = module == null || module.equals("builtins") ? "" : module + ".";
            return "<" + prefix + cls.getQualname() + " object at 0x" + Long.toHexString(identityHash(self)) + ">";
        }
        return "<" + Repr.str(self) + " object>";
    }

    /** {@code object.__hash__} and {@code id()}: stable for the object's life. */
    public static long identityHash(Object self) {
        return System.identityHashCode(self) * 16L + 0x7f0000000000L;
    }

    private static boolean isNativeSlot(Object method) {
        return method instanceof taipan.runtime.function.PBuiltinFunction f && f.isNativeSlot();
    }

    /** {@code repr(o)} for a user instance: its class's {@code __repr__} if a user class defines one. */
    @TruffleBoundary
    public static String repr(PythonObject o) {
        return repr(o, "__repr__");
    }

    /** {@code repr(o)}, naming {@code checkedAs} when the result is no str (object.__str__ says __str__). */
    private static String repr(PythonObject o, String checkedAs) {
        if (hasOwnRepr(o)) {
            return text(UncachedCalls.callSpecial(o, "__repr__"), checkedAs);
        }
        if (o instanceof PBaseException e) {
            return e.getType().getName() + reprArgs(e);
        } else if (o instanceof taipan.runtime.weakref.PWeakRef ref) {
            return taipan.runtime.weakref.WeakRefOps.repr(ref);
        } else if (o instanceof PBuiltinSubclassObject w) {
            return Repr.repr(w.getValue());
        }
        return defaultRepr(o);
    }

    private static boolean hasOwnRepr(PythonObject o) {
        Object method = o.getPythonClass().lookup("__repr__");
        return method instanceof PFunction || isNativeSlot(method) || definedByUserClass(o.getPythonClass(), "__repr__");
    }

    /**
     * The builtin {@code repr(o)}: a user {@code __repr__}'s result as returned when it is a str subclass instance
     * (CPython only checks {@code PyUnicode_Check}), else the text.
     */
    @TruffleBoundary
    public static Object reprObject(PythonObject o) {
        if (hasOwnRepr(o)) {
            Object result = UncachedCalls.callSpecial(o, "__repr__");
            if (result instanceof PBuiltinSubclassObject w && w.getValue() instanceof TruffleString) {
                return result;
            }
            return taipan.runtime.str.PyStrings.of(text(result, "__repr__"));
        }
        return taipan.runtime.str.PyStrings.of(Repr.repr(o));
    }

    /** {@code str(o)} for a user instance: {@code __str__}, else {@code __repr__}. */
    @TruffleBoundary
    public static String str(PythonObject o) {
        Object method = o.getPythonClass().lookup("__str__");
        if (method instanceof PFunction || isNativeSlot(method) || definedByUserClass(o.getPythonClass(), "__str__")) {
            return text(UncachedCalls.callSpecial(o, "__str__"), "__str__");
        }
        if (o instanceof PBaseException e) {
            return Repr.exceptionStr(e);
        } else if (o instanceof PBuiltinSubclassObject w && w.getValue() instanceof com.oracle.truffle.api.strings.TruffleString) {
            return Repr.str(w.getValue());
        }
        // the other built-in classes have no str of their own: CPython's object.__str__ is repr(o)
        return repr(o, "__str__");
    }

    /**
     * Whether a user class on the MRO defines {@code name} itself, as a function or as anything else callable
     * ({@code __str__ = int.__repr__}, as {@code enum} does for {@code IntEnum}).
     */
    private static boolean definedByUserClass(PythonClass cls, String name) {
        for (PythonClass c : cls.getMro()) {
            if (c.getOwnAttribute(name) != null) {
                return !c.isBuiltin();
            }
        }
        return false;
    }

    private static String reprArgs(PBaseException e) {
        Object[] args = e.getArgs().getItems();
        if (args.length == 1) {
            return "(" + Repr.repr(args[0]) + ")";
        }
        return Repr.repr(e.getArgs());
    }

    /** {@code type(value).method(value)}, which must return a str. */
    static String callText(Object value, String method) {
        return text(UncachedCalls.callSpecial(value, method), method);
    }

    private static String text(Object result, String method) {
        if (result instanceof TruffleString s) {
            return s.toJavaStringUncached();
        } else if (result instanceof PBuiltinSubclassObject w && w.getValue() instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw taipan.runtime.exception.PythonErrors.raise(null, taipan.runtime.type.BuiltinType.TYPE_ERROR,
                        "%s returned non-string (type %s)", method, Repr.typeName(result));
    }
}
