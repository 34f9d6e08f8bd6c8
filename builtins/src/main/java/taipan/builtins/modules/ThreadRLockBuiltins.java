package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.thread.PRLock;
import taipan.runtime.type.BuiltinType;

/** {@code _thread.RLock}: the re-entrant lock, with the {@code _release_save}/{@code _acquire_restore} Condition uses. */
@CoreFunctions(extendClasses = BuiltinType.RLOCK)
public final class ThreadRLockBuiltins {

    private ThreadRLockBuiltins() {
    }

    @Builtin(name = "RLock", parameterNames = {"cls"}, minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.RLOCK)
    abstract static class RLockNode extends PythonVarargsBuiltinNode {
        @Specialization
        static PRLock doIt(@SuppressWarnings("unused") Object[] arguments) {
            return new PRLock();
        }
    }

    @Builtin(name = "acquire", parameterNames = {"self", "blocking", "timeout"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class AcquireNode extends PythonTernaryBuiltinNode {
        @Specialization
        boolean doIt(PRLock self, Object blocking, Object timeout) {
            boolean block = LockArgs.blocking(blocking);
            return self.acquire(this, block, LockArgs.timeout(this, block, timeout));
        }
    }

    @Builtin(name = "__enter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PRLock self) {
            return self.acquire(this, true, -1);
        }
    }

    @Builtin(name = "release", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReleaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PRLock self) {
            return release(this, self);
        }
    }

    @Builtin(name = "__exit__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return release(this, (PRLock) arguments[0]);
        }
    }

    static Object release(com.oracle.truffle.api.nodes.Node location, PRLock self) {
        if (!self.release()) {
            throw PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR, "cannot release un-acquired lock");
        }
        return PNone.NONE;
    }

    @Builtin(name = "locked", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LockedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(PRLock self) {
            return self.isLocked();
        }
    }

    @Builtin(name = "_is_owned", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsOwnedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(PRLock self) {
            return self.isOwned();
        }
    }

    @Builtin(name = "_recursion_count", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class RecursionCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PRLock self) {
            return self.recursionCount();
        }
    }

    @Builtin(name = "_release_save", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReleaseSaveNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PRLock self) {
            if (!self.isOwned()) {
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "cannot release un-acquired lock");
            }
            long owner = TaipanLanguage.get(this).threadState().ident();
            return new PTuple(new Object[]{(long) self.releaseAll(), owner});
        }
    }

    @Builtin(name = "_acquire_restore", parameterNames = {"self", "state"}, minNumOfPositionalArgs = 2)
    abstract static class AcquireRestoreNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PRLock self, PTuple state) {
            Object count = state.getItems()[0];
            self.restore(this, count instanceof Long n ? (int) (long) n : 1);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_at_fork_reinit", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AtForkReinitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") PRLock self) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        TruffleString doIt(PRLock self) {
            long owner = self.isOwned() ? TaipanLanguage.get(this).threadState().ident() : 0;
            return PyStrings.of(self.repr(owner));
        }
    }
}
