package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InteropLibrary;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.interop.InteropBoundary;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code java} module (GraalPy's names): {@code type("java.util.ArrayList")} looks a Java class up when the
 * embedder allows host class lookup, {@code instanceof(obj, cls)} tests a host object, and {@code is_function},
 * {@code is_object}, {@code is_symbol} tell host values apart. Without host access, {@code type} raises
 * {@code PermissionError}; an unknown class raises {@code KeyError}, as GraalPy's does.
 */
@CoreFunctions(defineModule = "java")
public final class JavaModuleBuiltins {

    private JavaModuleBuiltins() {
    }

    @Builtin(name = "type", parameterNames = "name", minNumOfPositionalArgs = 1)
    abstract static class TypeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object name) {
            String className = PolyglotModuleBuiltins.text(this, name, "name");
            Env env = PolyglotModuleBuiltins.env(this);
            if (!env.isHostLookupAllowed()) {
                throw PythonErrors.raise(this, BuiltinType.PERMISSION_ERROR,
                                "host class lookup is not allowed (the embedder did not allow host access)");
            }
            Object symbol;
            try {
                symbol = env.lookupHostSymbol(className);
            } catch (RuntimeException e) {
                symbol = null;
            }
            if (symbol == null) {
                throw PythonErrors.raise(this, BuiltinType.KEY_ERROR, "host symbol %s is not defined or access has been denied",
                                className);
            }
            return symbol;
        }
    }

    @Builtin(name = "instanceof", parameterNames = {"obj", "cls"}, minNumOfPositionalArgs = 2)
    abstract static class InstanceOfNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object obj, Object cls) {
            Object value = InteropBoundary.toInterop(obj);
            InteropLibrary meta = InteropLibrary.getUncached(cls);
            try {
                return meta.isMetaObject(cls) && meta.isMetaInstance(cls, value);
            } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
                return false;
            }
        }
    }

    @Builtin(name = "is_function", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class IsFunctionNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object obj) {
            return PolyglotModuleBuiltins.env(this).isHostFunction(obj);
        }
    }

    @Builtin(name = "is_object", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class IsObjectNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object obj) {
            return PolyglotModuleBuiltins.env(this).isHostObject(obj);
        }
    }

    @Builtin(name = "is_symbol", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class IsSymbolNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object obj) {
            return PolyglotModuleBuiltins.env(this).isHostSymbol(obj);
        }
    }
}
