package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.thread.PThreadHandle;
import taipan.runtime.type.BuiltinType;

/** {@code _thread._ThreadHandle}: {@code ident}, {@code join}, {@code is_done}, {@code _set_done}. */
@CoreFunctions(extendClasses = BuiltinType.THREAD_HANDLE)
public final class ThreadHandleBuiltins {

    private ThreadHandleBuiltins() {
    }

    @Builtin(name = "_ThreadHandle", parameterNames = {"cls"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.THREAD_HANDLE)
    abstract static class NewNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PThreadHandle doIt(@SuppressWarnings("unused") Object cls) {
            return new PThreadHandle(0);
        }
    }

    @Builtin(name = "join", parameterNames = {"self", "timeout"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PThreadHandle self, Object timeout) {
            if (self.getThread() == Thread.currentThread() && !self.isDone()) {
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "Cannot join current thread");
            }
            double seconds = -1;
            if (timeout instanceof Long n) {
                seconds = Math.max(0, n);
            } else if (timeout instanceof Double d) {
                seconds = Math.max(0, d);
            }
            self.join(this, seconds);
            return PNone.NONE;
        }
    }

    @Builtin(name = "is_done", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsDoneNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(PThreadHandle self) {
            return self.isDone();
        }
    }

    @Builtin(name = "_set_done", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SetDoneNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PThreadHandle self) {
            self.setDone();
            return PNone.NONE;
        }
    }
}
