package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.contextvars.ContextVars;
import taipan.runtime.contextvars.PContext;
import taipan.runtime.contextvars.PContextVar;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code contextvars.Context}: {@code run}, {@code copy} and the read-only mapping of variables to values. */
@CoreFunctions(extendClasses = BuiltinType.CONTEXT)
public final class ContextvarsContextBuiltins {

    private ContextvarsContextBuiltins() {
    }

    @Builtin(name = "Context", parameterNames = {"cls"}, minNumOfPositionalArgs = 1, constructsClass = BuiltinType.CONTEXT)
    abstract static class NewNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object cls) {
            return new PContext();
        }
    }

    @Builtin(name = "run", parameterNames = {"self", "callable"}, minNumOfPositionalArgs = 2, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class RunNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PContext self, Object callable, PTuple args, Object kwargs) {
            Object[][] keywords = ContextvarsModuleBuiltins.keywords(this, kwargs);
            return ContextVars.run(this, self, () -> SlowCall.call(this, callable, args.getItems(),
                            (String[]) keywords[0], keywords[1]));
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PContext self) {
            return self.copy();
        }
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PContext self, Object key) {
            Object value = self.get(variable(this, key));
            if (value == null) {
                throw PythonErrors.raise(this, BuiltinType.KEY_ERROR, "%s", taipan.runtime.object.Repr.repr(key));
            }
            return value;
        }
    }

    @Builtin(name = "get", parameterNames = {"self", "key", "default"}, minNumOfPositionalArgs = 2)
    abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PContext self, Object key, Object fallback) {
            Object value = self.get(variable(this, key));
            return value != null ? value : fallback == PNone.NO_VALUE ? PNone.NONE : fallback;
        }
    }

    @Builtin(name = "__contains__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doIt(PContext self, Object key) {
            return self.get(variable(this, key)) != null;
        }
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PContext self) {
            return self.vars().size();
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PContext self) {
            return iterate(this, ContextvarsModuleBuiltins.keysOf(self));
        }

        @TruffleBoundary
        private static Object iterate(com.oracle.truffle.api.nodes.Node location, Object[] items) {
            Object iter = PythonContext.get(location).getBuiltinsModule().getAttribute("iter");
            return SlowCall.call(location, iter, new Object[]{new PTuple(items)});
        }
    }

    @Builtin(name = "keys", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class KeysNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PContext self) {
            return new PList(ContextvarsModuleBuiltins.keysOf(self));
        }
    }

    @Builtin(name = "values", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ValuesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PContext self) {
            return new PList(ContextvarsModuleBuiltins.valuesOf(self));
        }
    }

    @Builtin(name = "items", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ItemsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PContext self) {
            Object[] keys = ContextvarsModuleBuiltins.keysOf(self);
            Object[] values = ContextvarsModuleBuiltins.valuesOf(self);
            Object[] items = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                items[i] = new PTuple(new Object[]{keys[i], values[i]});
            }
            return new PList(items);
        }
    }

    static PContextVar variable(com.oracle.truffle.api.nodes.Node location, Object key) {
        if (key instanceof PContextVar var) {
            return var;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "a ContextVar key was expected, got %s",
                        taipan.runtime.object.Repr.repr(key));
    }
}
