package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.classes.ClassCalls;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
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

    /**
     * {@code BaseException.__new__} accepts keywords; the inherited {@code BaseException.__init__} then refuses
     * them, so only a class whose own {@code __init__} is Python code takes keyword arguments.
     */
    @Builtin(name = "BaseException", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.BASE_EXCEPTION)
    abstract static class BaseExceptionNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        PBaseException doCreate(PythonClass cls, PTuple args, Object kwargs) {
            if (kwargs instanceof PDict d && d.getStorage().length(TaipanLanguage.get(this).threadingMode()) > 0
                            && !(cls.lookup("__init__") instanceof PFunction)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s() takes no keyword arguments", cls.getName());
            }
            return new PBaseException(cls, args);
        }
    }

    /**
     * {@code BaseException.__new__(cls, *args)}, which a subclass's own {@code __new__} reaches through
     * {@code super()}: the nearest built-in constructor (a group's checks included), without {@code __init__}.
     */
    @Builtin(name = "__new__", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class NewNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doNew(Object cls, PTuple args, @SuppressWarnings("unused") Object kwargs) {
            if (!(cls instanceof PythonClass c) || !c.isSubclassOf(TaipanLanguage.get(this).getBuiltinClass(BuiltinType.BASE_EXCEPTION))) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "BaseException.__new__(X): X is not a subtype of BaseException");
            }
            return SlowCall.call(this, ClassCalls.builtinConstructor(c), SlowCall.prepend(c, args.getItems()));
        }
    }

    /** {@code with_traceback(tb)}: sets {@code __traceback__} (a traceback or None) and returns self. */
    @Builtin(name = "with_traceback", parameterNames = {"self", "tb"}, minNumOfPositionalArgs = 2)
    abstract static class WithTracebackNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doWith(PBaseException self, Object tb) {
            if (tb != taipan.runtime.object.PNone.NONE && !(tb instanceof taipan.runtime.exception.PTraceback)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__traceback__ must be a traceback or None");
            }
            self.setAssignedTraceback(tb);
            return self;
        }
    }

    /** PEP 678's {@code add_note(note)}: the note must be a str (a subclass's instance is kept as it is). */
    @Builtin(name = "add_note", parameterNames = {"self", "note"}, minNumOfPositionalArgs = 2)
    abstract static class AddNoteNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doAdd(PBaseException self, Object note) {
            if (!(taipan.runtime.object.PBuiltinSubclassObject.unwrap(note) instanceof TruffleString)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.NOTE_MUST_BE_STR,
                                PythonErrors.typeName(this, note));
            }
            Object notes = self.getNotes();
            if (notes == null) {
                notes = new PList(new Object[0]);
                self.setNotes(notes);
            }
            if (!(notes instanceof PList list)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Cannot add note: __notes__ is not a list");
            }
            list.getStorage().append(TaipanLanguage.get(this).threadingMode(), note);
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
