package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.contextvars.ContextVars;
import taipan.runtime.contextvars.PContextToken;
import taipan.runtime.contextvars.PContextVar;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code contextvars.ContextVar}: construction, {@code get}, {@code set}, {@code reset}. */
@CoreFunctions(extendClasses = BuiltinType.CONTEXT_VAR)
public final class ContextvarsVarBuiltins {

    private ContextvarsVarBuiltins() {
    }

    @Builtin(name = "ContextVar", parameterNames = {"cls", "name"}, minNumOfPositionalArgs = 2,
                    keywordOnlyNames = "default", constructsClass = BuiltinType.CONTEXT_VAR)
    abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object cls, Object name, Object fallback) {
            if (!(name instanceof com.oracle.truffle.api.strings.TruffleString)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "context variable name must be a str");
            }
            return new PContextVar(name, fallback == PNone.NO_VALUE ? null : fallback);
        }
    }

    @Builtin(name = "get", parameterNames = {"self", "default"}, minNumOfPositionalArgs = 1)
    abstract static class GetNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PContextVar self, Object fallback) {
            return ContextVars.get(this, self, fallback == PNone.NO_VALUE ? null : fallback);
        }
    }

    @Builtin(name = "set", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class SetNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PContextVar self, Object value) {
            return ContextVars.set(this, self, value);
        }
    }

    @Builtin(name = "reset", parameterNames = {"self", "token"}, minNumOfPositionalArgs = 2)
    abstract static class ResetNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PContextVar self, Object token) {
            if (!(token instanceof PContextToken t)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "expected an instance of Token, got '%s'",
                                PythonErrors.typeName(this, token));
            }
            ContextVars.reset(this, self, t);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__class_getitem__", parameterNames = {"cls", "item"}, minNumOfPositionalArgs = 2,
                    classMethod = true)
    abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, @SuppressWarnings("unused") Object item) {
            return cls;
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PContextVar self) {
            return System.identityHashCode(self);
        }
    }
}
