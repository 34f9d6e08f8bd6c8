package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import com.oracle.truffle.api.source.Source;

import taipan.builtins.modules.AstModuleBuiltins;
import taipan.frontend.TaipanFrontEnd;
import taipan.frontend.parse.Mode;
import taipan.frontend.pyast.FromPython;
import taipan.frontend.pyast.ToPython;
import taipan.language.TaipanLanguage;
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
            long flags = arguments[3] instanceof Long bits ? bits : arguments[3] instanceof Boolean b && b ? 1 : 0;
            boolean onlyAst = (flags & AstModuleBuiltins.PYCF_ONLY_AST) != 0;
            if (mode.equals("func_type") && !onlyAst) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR,
                                "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            } else if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single") && !mode.equals("func_type")) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR,
                                "compile() mode must be 'exec', 'eval' or 'single'");
            }
            if (arguments[0] instanceof PCode) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "compile() arg 1 must be a string, bytes or AST object");
            }
            String filename = CodeRunner.filename(this, arguments[1]);
            int optimize = optimize(arguments[5]);
            if (FromPython.isAst(this, arguments[0])) {
                FromPython.Converted tree = FromPython.convert(this, arguments[0], mode);
                if (onlyAst) {
                    return arguments[0];
                }
                TaipanLanguage language = TaipanLanguage.get(this);
                Source stand = Source.newBuilder("python", "\n".repeat(tree.lastLine()), filename).cached(false).build();
                return TaipanFrontEnd.compileTree(language, stand, tree.mod(), optimize);
            }
            String source = CodeRunner.sourceText(this, "compile", arguments[0], false);
            if (onlyAst) {
                TaipanLanguage language = TaipanLanguage.get(this);
                Source src = Source.newBuilder("python", source, filename).cached(false).build();
                return ToPython.convert(this, TaipanFrontEnd.parse(language, src, parseMode(mode)));
            }
            return CodeRunner.compile(this, source, filename, mode, optimize);
        }

        /** The {@code optimize} argument: -1 (the interpreter's level, the default), 0, 1 or 2. */
        private int optimize(Object value) {
            if (value == PNone.NO_VALUE) {
                return -1;
            }
            long level = switch (value) {
                case Long l -> l;
                case Boolean b -> b ? 1 : 0;
                case java.math.BigInteger big -> big.signum() * 3L;
                default -> throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "'%s' object cannot be interpreted as an integer", PythonErrors.typeName(this, value));
            };
            if (level < -1 || level > 2) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "compile(): invalid optimize value");
            }
            return (int) level;
        }

        private static Mode parseMode(String mode) {
            return switch (mode) {
                case "eval" -> Mode.EVAL;
                case "single" -> Mode.SINGLE;
                case "func_type" -> Mode.FUNC_TYPE;
                default -> Mode.EXEC;
            };
        }
    }
}
