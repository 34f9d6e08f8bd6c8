package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.thread.PLock;
import taipan.runtime.type.BuiltinType;

/** {@code _thread.lock}: acquire (with blocking and timeout), release, locked, and the context manager. */
@CoreFunctions(extendClasses = BuiltinType.LOCK)
public final class ThreadLockBuiltins {

    private ThreadLockBuiltins() {
    }

    @Builtin(name = "lock", parameterNames = {"cls"}, minNumOfPositionalArgs = 1, constructsClass = BuiltinType.LOCK)
    abstract static class LockNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PLock doIt(@SuppressWarnings("unused") Object cls) {
            return new PLock();
        }
    }

    @Builtin(name = "acquire", parameterNames = {"self", "blocking", "timeout"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class AcquireNode extends PythonTernaryBuiltinNode {
        @Specialization
        boolean doIt(PLock self, Object blocking, Object timeout) {
            boolean block = LockArgs.blocking(blocking);
            return self.acquire(this, block, LockArgs.timeout(this, block, timeout));
        }
    }

    @Builtin(name = "acquire_lock", parameterNames = {"self", "blocking", "timeout"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class AcquireLockNode extends PythonTernaryBuiltinNode {
        @Specialization
        boolean doIt(PLock self, Object blocking, Object timeout) {
            boolean block = LockArgs.blocking(blocking);
            return self.acquire(this, block, LockArgs.timeout(this, block, timeout));
        }
    }

    @Builtin(name = "__enter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PLock self) {
            return self.acquire(this, true, -1);
        }
    }

    @Builtin(name = "release", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReleaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PLock self) {
            return release(this, self);
        }
    }

    @Builtin(name = "release_lock", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReleaseLockNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PLock self) {
            return release(this, self);
        }
    }

    @Builtin(name = "__exit__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return release(this, (PLock) arguments[0]);
        }
    }

    static Object release(com.oracle.truffle.api.nodes.Node location, PLock self) {
        if (!self.release()) {
            throw PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR, "release unlocked lock");
        }
        return PNone.NONE;
    }

    @Builtin(name = "locked", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LockedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(PLock self) {
            return self.isLocked();
        }
    }

    @Builtin(name = "locked_lock", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LockedLockNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(PLock self) {
            return self.isLocked();
        }
    }

    @Builtin(name = "_at_fork_reinit", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AtForkReinitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PLock self) {
            self.release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doIt(PLock self) {
            return PyStrings.of(self.repr());
        }
    }
}
