package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.ExceptionText;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code BaseException}: the constructor every built-in exception class inherits, and its methods. */
@CoreFunctions(extendClasses = BuiltinType.BASE_EXCEPTION)
public final class BaseExceptionBuiltins {

    private BaseExceptionBuiltins() {
    }

    @Builtin(name = "BaseException", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.BASE_EXCEPTION)
    abstract static class BaseExceptionNode extends PythonBinaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        static PBaseException doCreate(PythonClass cls, PTuple args) {
            return new PBaseException(cls, args);
        }
    }

    /** {@code with_traceback(tb)}: tracebacks are not objects yet, so only None is stored; returns self. */
    @Builtin(name = "with_traceback", parameterNames = {"self", "tb"}, minNumOfPositionalArgs = 2)
    abstract static class WithTracebackNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doWith(PBaseException self, @SuppressWarnings("unused") Object tb) {
            return self;
        }
    }

    /** PEP 678's {@code add_note(note)}: the note must be a str. */
    @Builtin(name = "add_note", parameterNames = {"self", "note"}, minNumOfPositionalArgs = 2)
    abstract static class AddNoteNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doAdd(PBaseException self, Object note) {
            if (!(note instanceof TruffleString)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.NOTE_MUST_BE_STR,
                                PythonErrors.typeName(this, note));
            }
            self.addNote(note);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class StrNode extends PythonUnaryBuiltinNode {

        @Specialization
        static TruffleString doStr(PBaseException self) {
            return PyStrings.of(ExceptionText.str(self));
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {

        @Specialization
        static TruffleString doRepr(PBaseException self) {
            return PyStrings.of(ExceptionText.repr(self));
        }
    }
}
