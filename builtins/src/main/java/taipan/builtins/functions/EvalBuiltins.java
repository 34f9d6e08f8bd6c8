package taipan.builtins.functions;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code eval(source)} of an expression string in the caller's module globals. A first version: the caller's local
 * variables are not visible and explicit {@code globals}/{@code locals} mappings are not supported yet.
 */
public final class EvalBuiltins {

    /** The module-level name the expression's value is stored under while it runs. */
    private static final String RESULT = "__taipan_eval_result__";

    private EvalBuiltins() {
    }

    @Builtin(name = "eval", parameterNames = {"source", "globals", "locals"}, minNumOfPositionalArgs = 1)
    abstract static class EvalNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doEval(Object source, Object globals, Object locals) {
            if ((globals != PNone.NO_VALUE && globals != PNone.NONE) || (locals != PNone.NO_VALUE && locals != PNone.NONE)) {
                throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                                "eval() with globals or locals");
            } else if (source instanceof TruffleString text) {
                return evaluate(text.toJavaStringUncached().strip());
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "eval() arg 1 must be a string, bytes or code object");
        }

        @TruffleBoundary
        private Object evaluate(String expression) {
            PythonModule globals = callerGlobals();
            TaipanLanguage language = TaipanLanguage.get(this);
            // The expression becomes the right-hand side of one assignment, on its own line so that its
            // syntax errors keep their columns; the parentheses make it a single expression.
            Source source = Source.newBuilder("python", RESULT + " = (\n" + expression + "\n)", "<string>").build();
            CallTarget target = language.getFrontEnd().parseModule(language, source);
            target.call(globals);
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            TruffleString key = PyStrings.of(RESULT);
            Object value = lib.getOrDefault(globals, key, PNone.NONE);
            lib.removeKey(globals, key);
            return value;
        }

        /** The globals of the nearest Python frame below this built-in's. */
        private PythonModule callerGlobals() {
            PythonModule found = Truffle.getRuntime().iterateFrames((FrameInstance frameInstance) -> {
                Frame frame = frameInstance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                if (frame.getFrameDescriptor().getNumberOfSlots() > PythonFrame.GLOBALS_SLOT
                                && frame.getValue(PythonFrame.GLOBALS_SLOT) instanceof PythonModule module) {
                    return module;
                }
                return null;
            });
            if (found == null) {
                throw PythonErrors.raise(this, BuiltinType.SYSTEM_ERROR, "eval() without a calling frame");
            }
            return found;
        }
    }
}
