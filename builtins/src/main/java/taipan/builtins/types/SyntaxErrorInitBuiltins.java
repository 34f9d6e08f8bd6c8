package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))} ({@code SyntaxError_init}):
 * the details tuple becomes the attributes that {@code str()} and the traceback show.
 */
@CoreFunctions(extendClasses = BuiltinType.SYNTAX_ERROR)
public final class SyntaxErrorInitBuiltins {

    private static final String[] DETAILS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    private SyntaxErrorInitBuiltins() {
    }

    /** The constructor: a subclass with an {@code __init__} of its own sets the details there. */
    @Builtin(name = "SyntaxError", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.SYNTAX_ERROR)
    abstract static class ConstructNode extends PythonBinaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        PBaseException doCreate(PythonClass cls, PTuple args) {
            PBaseException e = new PBaseException(cls, args);
            if (!(cls.lookup("__init__") instanceof PFunction)) {
                init(this, e, args);
            }
            return e;
        }
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class InitNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doInit(PBaseException self, PTuple args) {
            init(this, self, args);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void init(Node location, PBaseException self, PTuple args) {
        self.setArgs(args);
        Object[] a = args.getItems();
        if (a.length != 2) {
            return;
        }
        Object info = PBuiltinSubclassObject.unwrap(a[1]);
        Object[] details = info instanceof PTuple t ? t.getItems() : info instanceof PList l
                        ? l.getStorage().toArray(taipan.language.TaipanLanguage.get(location).threadingMode()) : null;
        if (details == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not iterable",
                            PythonErrors.typeName(location, a[1]));
        }
        if (details.length < 4 || details.length > 7) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "function takes %s %d arguments (%d given)",
                            details.length < 4 ? "at least" : "at most", details.length < 4 ? 4 : 7, details.length);
        }
        if (details.length == 5) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "end_offset must be provided when end_lineno is provided");
        }
        for (int i = 0; i < DETAILS.length && i < details.length; i++) {
            self.setField(DETAILS[i], details[i]);
        }
    }
}
