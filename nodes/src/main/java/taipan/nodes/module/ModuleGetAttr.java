package taipan.nodes.module;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * A module attribute its namespace lacks (CPython's {@code module_getattro}): the module's own {@code __getattr__}
 * (PEP 562) when it defines one, else {@code AttributeError} naming the module.
 */
public final class ModuleGetAttr {

    private ModuleGetAttr() {
    }

    /** The value of the missing attribute {@code name}, or raises {@code AttributeError}. */
    @TruffleBoundary
    public static Object missing(Node location, PythonModule module, String name) {
        if (name.equals("__dict__")) {
            return module.getDict();
        }
        Object hook = module.getAttribute("__getattr__");
        if (hook != null) {
            return SlowCall.call(location, hook, new Object[]{PyStrings.of(name)});
        }
        if (module.getAttribute("__name__") instanceof TruffleString moduleName) {
            throw taipan.runtime.exception.AttributeErrors.raise(location, module, name, ErrorMessages.MODULE_HAS_NO_ATTRIBUTE,
                            moduleName.toJavaStringUncached(), name);
        }
        throw taipan.runtime.exception.AttributeErrors.raise(location, module, name, "module has no attribute '%s'", name);
    }

    /**
     * The module's {@code __getattr__} answer for {@code from module import name}, or null when it has none or it
     * raises {@code AttributeError} (the import then looks for a submodule, then reports an {@code ImportError}).
     */
    @TruffleBoundary
    static Object viaHook(Node location, PythonModule module, String name) {
        Object hook = module.getAttribute("__getattr__");
        if (hook == null) {
            return null;
        }
        try {
            return SlowCall.call(location, hook, new Object[]{PyStrings.of(name)});
        } catch (PException e) {
            if (e.getPythonException().getType().isSubclassOf(
                            TaipanLanguage.get(location).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR))) {
                return null;
            }
            throw e;
        }
    }
}
