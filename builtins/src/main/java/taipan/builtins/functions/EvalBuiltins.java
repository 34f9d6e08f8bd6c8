package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCode;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * {@code exec}, {@code eval} and {@code compile}: source text becomes a code object ({@link PCode}) whose module-level
 * names are looked up in the locals mapping, then the globals (a dict turned into a module's namespace view).
 */
public final class EvalBuiltins {

    /** {@code ast.PyCF_ONLY_AST}: compile() would return the AST. */
    private static final long PYCF_ONLY_AST = 0x400;

    private EvalBuiltins() {
    }

    @Builtin(name = "eval", parameterNames = {"source", "globals", "locals"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, positionalOnlyCount = 1)
    abstract static class EvalNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doEval(Object source, Object globals, Object locals) {
            return CodeRunner.run(this, "eval", source, globals, locals);
        }
    }

    @Builtin(name = "exec", parameterNames = {"source", "globals", "locals"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, positionalOnlyCount = 1, keywordOnlyNames = "closure")
    abstract static class ExecNode extends PythonQuaternaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doExec(Object source, Object globals, Object locals, Object closure) {
            CodeRunner.run(this, "exec", source, globals, locals, closure);
            return PNone.NONE;
        }
    }

    @Builtin(name = "compile", parameterNames = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"},
                    minNumOfPositionalArgs = 3, positionalOnly = false, positionalOnlyCount = 0,
                    keywordOnlyNames = "_feature_version")
    abstract static class CompileNode extends PythonVarargsBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doCompile(Object[] arguments) {
            String mode = CodeRunner.text(arguments[2]);
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR,
                                "compile() mode must be 'exec', 'eval' or 'single'");
            }
            Object flags = arguments[3];
            if (flags instanceof Long bits && (bits & PYCF_ONLY_AST) != 0) {
                throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                                "compile() to an AST");
            }
            if (arguments[0] instanceof PCode) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "compile() arg 1 must be a string, bytes or AST object");
            }
            String source = CodeRunner.sourceText(this, "compile", arguments[0], false);
            return CodeRunner.compile(this, source, CodeRunner.filename(this, arguments[1]), mode);
        }
    }
}
