package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.posix.PDirEntry;
import taipan.runtime.posix.PScandirIterator;
import taipan.runtime.type.BuiltinType;

/** The methods of the iterator {@code os.scandir} returns: iteration, {@code close} and the context manager. */
@CoreFunctions(extendClasses = BuiltinType.SCANDIR_ITERATOR)
public final class PosixScandirIteratorBuiltins {

    private PosixScandirIteratorBuiltins() {
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PScandirIterator self) {
            return self;
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PScandirIterator self) {
            PDirEntry entry = PosixScandirBuiltins.next(this, self);
            if (entry == null) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return entry;
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PScandirIterator self) {
            self.close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__enter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PScandirIterator self) {
            return self;
        }
    }

    @Builtin(name = "__exit__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(Object[] arguments) {
            if (arguments[0] instanceof PScandirIterator self) {
                self.close();
            }
            return false;
        }
    }
}
