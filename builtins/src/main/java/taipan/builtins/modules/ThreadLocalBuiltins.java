package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.Repr;
import taipan.runtime.thread.PThreadLocal;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _thread._local} ({@code threading.local}): construction; attribute access is redirected per thread. */
@CoreFunctions(extendClasses = BuiltinType.THREAD_LOCAL)
public final class ThreadLocalBuiltins {

    private ThreadLocalBuiltins() {
    }

    @Builtin(name = "_local", parameterNames = {"cls"}, minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.THREAD_LOCAL)
    abstract static class LocalNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, PTuple args, Object kwargs) {
            return create(cls, args, kwargs);
        }

        @TruffleBoundary
        private Object create(Object clsObject, PTuple args, Object kwargs) {
            PythonClass cls = (PythonClass) clsObject;
            boolean hasArguments = args.length() > 0 || kwargs instanceof PDict d
                            && d.getStorage().length(TaipanLanguage.get(this).threadingMode()) > 0;
            if (hasArguments && !(cls.lookup("__init__") instanceof PFunction)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Initialization arguments are not supported");
            }
            String[] names = new String[0];
            Object[] values = new Object[0];
            if (kwargs instanceof PDict dict) {
                Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(this).threadingMode());
                names = new String[entries[0].length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = Repr.str(entries[0][i]);
                }
                values = entries[1];
            }
            PThreadLocal local = new PThreadLocal(cls.getInstanceShape(), args.getItems(), names, values);
            local.createStorage(); // the creating thread's __init__ is the one the class call runs
            return local;
        }
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PNone.NONE;
        }
    }
}
