package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.thread.AtexitCallbacks;
import taipan.runtime.type.BuiltinType;

/** The {@code atexit} module (CPython's {@code Modules/atexitmodule.c}); the callbacks run in {@code ThreadShutdown}. */
@CoreFunctions(defineModule = "atexit")
public final class AtexitModuleBuiltins {

    private AtexitModuleBuiltins() {
    }

    private static AtexitCallbacks callbacks(com.oracle.truffle.api.nodes.Node location) {
        return PythonContext.get(location).getThreads().getAtexit();
    }

    @Builtin(name = "register", parameterNames = "func", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class RegisterNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object func, PTuple args, Object kwargs) {
            if (!isCallable(func)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "the first argument must be callable");
            }
            Object[][] keywords = ContextvarsModuleBuiltins.keywords(this, kwargs);
            callbacks(this).add(new AtexitCallbacks.Entry(func, args.getItems(), (String[]) keywords[0], keywords[1]));
            return func;
        }

        @TruffleBoundary
        private boolean isCallable(Object func) {
            Object callable = PythonContext.get(this).getBuiltinsModule().getAttribute("callable");
            return SlowCall.call(this, callable, new Object[]{func}) == Boolean.TRUE;
        }
    }

    @Builtin(name = "unregister", parameterNames = "func", minNumOfPositionalArgs = 1)
    abstract static class UnregisterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object func) {
            remove(func);
            return PNone.NONE;
        }

        @TruffleBoundary
        private void remove(Object func) {
            callbacks(this).removeIf(f -> f == func || taipan.runtime.object.UncachedCalls.compare(f, func, "=="));
        }
    }

    @Builtin(name = "_run_exitfuncs")
    abstract static class RunExitFuncsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            taipan.nodes.root.ThreadShutdown.runAtexit(this, PythonContext.get(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "_clear")
    abstract static class ClearNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            callbacks(this).clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "_ncallbacks")
    abstract static class NCallbacksNode extends PythonVarargsBuiltinNode {
        @Specialization
        long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return callbacks(this).size();
        }
    }
}
