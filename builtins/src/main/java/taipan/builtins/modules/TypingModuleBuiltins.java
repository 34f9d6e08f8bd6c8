package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The native {@code _typing} module (CPython's {@code Modules/_typingmodule.c}): {@code _idfunc}, {@code NoDefault}
 * and the type-parameter classes of {@link TypeVarBuiltins}.
 */
@CoreFunctions(defineModule = "_typing")
public final class TypingModuleBuiltins {

    private TypingModuleBuiltins() {
    }

    /** The module's constants; {@code NoDefault} is the one instance of {@code NoDefaultType}. */
    public static Map<String, Object> constants(TaipanLanguage language) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("NoDefault", noDefault(language));
        return values;
    }

    static Object noDefault(Node node) {
        return noDefault(TaipanLanguage.get(node));
    }

    // one NoDefault per language instance (its class is per language too)
    private static final Map<TaipanLanguage, Object> NO_DEFAULTS = java.util.Collections.synchronizedMap(
                    new java.util.WeakHashMap<>());

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object noDefault(TaipanLanguage language) {
        PythonClass cls = language.getBuiltinClass(BuiltinType.NO_DEFAULT_TYPE);
        return NO_DEFAULTS.computeIfAbsent(language, k -> new PythonObject(cls.getInstanceShape()));
    }

    @Builtin(name = "_idfunc", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class IdFuncNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return x;
        }
    }
}
