package taipan.runtime.function;

import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;

/**
 * The read-only data attributes of built-in functions and of built-in methods bound to a receiver
 * ({@code __name__}, {@code __qualname__}, {@code __self__}, {@code __module__}, {@code __doc__},
 * {@code __text_signature__}), CPython's {@code meth_getsets} in {@code Objects/methodobject.c}.
 */
public final class BuiltinFunctionFields {

    private BuiltinFunctionFields() {
    }

    public static boolean has(Object object, String name) {
        if (object instanceof PBuiltinMethod m) {
            // a method-wrapper ((1).__add__) has __objclass__ and no __module__
            return m.getFunction().isSlotWrapper() ? !name.equals("__module__") && (isField(name) || name.equals("__objclass__"))
                            : isField(name);
        } else if (object instanceof PBuiltinFunction f) {
            // a method looked up on its class is a method descriptor: it has __objclass__, no __self__ or __module__
            return f.isMethodOfClass() ? name.equals("__objclass__") || isField(name) && !name.equals("__self__")
                            && !name.equals("__module__") : isField(name);
        }
        return false;
    }

    private static boolean isField(String name) {
        return switch (name) {
            case "__name__", "__qualname__", "__self__", "__module__", "__doc__", "__text_signature__" -> true;
            default -> false;
        };
    }

    /** The attribute; {@link #has} must hold. */
    public static Object get(Object object, String name) {
        PBuiltinFunction function = object instanceof PBuiltinMethod m ? m.getFunction() : (PBuiltinFunction) object;
        return switch (name) {
            case "__name__" -> PyStrings.of(function.getName());
            case "__qualname__" -> PyStrings.of(function.getQualifiedName());
            case "__self__" -> object instanceof PBuiltinMethod m ? m.getSelf()
                            : function.getNewOwner() != null ? function.getNewOwner() : moduleOf(function);
            case "__module__" -> function.isMethodOfClass() || object instanceof PBuiltinMethod || function.getNewOwner() != null ? PNone.NONE
                            : PyStrings.of(function.getModuleName());
            case "__objclass__" -> function.getSignature().getOwnerType() == null ? PNone.NONE
                            : taipan.language.TaipanLanguage.get(null).getBuiltinClass(function.getSignature().getOwnerType());
            case "__text_signature__" -> textSignature(function);
            case "__doc__" -> doc(function);
            default -> PNone.NONE;
        };
    }

    /** The doc of every built-in {@code __new__}, CPython's {@code tp_new_wrapper}. */
    private static final String NEW_DOC = "Create and return a new object.  See help(type) for accurate signature.";

    private static Object doc(PBuiltinFunction function) {
        String doc = function.getNewOwner() != null ? NEW_DOC : function.isSlotWrapper() ? SlotDefs.doc(function.getName()) : null;
        return doc == null ? PNone.NONE : PyStrings.of(doc);
    }

    private static Object textSignature(PBuiltinFunction function) {
        if (function.isSlotWrapper()) {
            return PyStrings.of(SlotDefs.textSignature(function.getName()));
        } else if (function.getNewOwner() != null) {
            return PyStrings.of("($type, *args, **kwargs)");
        }
        boolean method = function.getSignature().isMethod() || function.isMethodOfClass();
        String signature = TextSignatures.of(method ? function.getQualifiedName() : function.getModuleName() + "." + function.getName());
        return signature == null ? PNone.NONE : PyStrings.of(signature);
    }

    /**
     * A module's function is bound to its module ({@code len.__self__} is {@code builtins}), which is how
     * {@code inspect} drops the {@code $module} of its signature: the module as imported in this context, else None.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object moduleOf(PBuiltinFunction function) {
        if (function.isMethodOfClass() || function.getSignature().isMethod()) {
            return PNone.NONE;
        }
        Object module = taipan.language.PythonContext.get(null).getModules().get(function.getModuleName());
        return module instanceof taipan.runtime.module.PythonModule ? module : PNone.NONE;
    }
}
