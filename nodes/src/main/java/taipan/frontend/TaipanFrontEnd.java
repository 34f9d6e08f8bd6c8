package taipan.frontend;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import taipan.frontend.ast.Mod;
import taipan.frontend.parse.CompileWarnings;
import taipan.frontend.parse.Mode;
import taipan.frontend.parse.PythonSyntaxError;
import taipan.frontend.scope.ScopeAnalyzer;
import taipan.frontend.scope.ScopeInfo;
import taipan.frontend.parse.Parser;
import taipan.frontend.translate.Translator;
import taipan.frontend.translate.UnsupportedSyntaxException;
import taipan.language.TaipanLanguage;
import taipan.language.spi.FrontEnd;
import taipan.runtime.function.PCode;
import com.oracle.truffle.api.nodes.RootNode;
import taipan.nodes.root.RunModuleRootNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/**
 * The front end as the language finds it: source text → parser → AST → scope analysis (with CPython's
 * compile-time checks) → translator → call target. Syntax errors become Python {@code SyntaxError}s carrying
 * CPython's fields.
 */
public final class TaipanFrontEnd implements FrontEnd {

    static {
        taipan.nodes.call.SlowCall.install();
    }

    @Override
    public CallTarget parseModule(TaipanLanguage language, Source source) {
        return translate(language, source, Mode.EXEC, false, -1).getCallTarget();
    }

    @Override
    public PCode compile(TaipanLanguage language, Source source, String mode, int optimize) {
        Mode parseMode = switch (mode) {
            case "eval" -> Mode.EVAL;
            case "single" -> Mode.SINGLE;
            default -> Mode.EXEC;
        };
        return PCode.ofTopLevel(translate(language, source, parseMode, true, optimize).getCallTarget(),
                        filename(source));
    }

    /**
     * Translates with the compilation's SyntaxWarnings gathered; {@code compile()} (code mode) issues them through
     * {@code warnings}, before the SyntaxError if there is one, as CPython's tokenizer and compiler do.
     */
    private RootNode translate(TaipanLanguage language, Source source, Mode mode, boolean code, int optimize) {
        java.util.List<CompileWarnings.Warning> outer = CompileWarnings.begin();
        java.util.Map<String, int[]> outerLiterals = taipan.frontend.parse.SurrogateLiterals.begin();
        java.util.List<CompileWarnings.Warning> warnings;
        RootNode root = null;
        RuntimeException failure = null;
        try {
            root = translateTree(language, source, parse(language, source, mode), code, optimize);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            warnings = CompileWarnings.end(outer);
            taipan.frontend.parse.SurrogateLiterals.end(outerLiterals);
        }
        if (code) {
            issue(language, source, warnings);
        }
        if (failure != null) {
            throw failure;
        }
        return root;
    }

    /** Issues each warning; one the filters turn into an error becomes a SyntaxError at its line. */
    private static void issue(TaipanLanguage language, Source source, java.util.List<CompileWarnings.Warning> warnings) {
        for (CompileWarnings.Warning w : warnings) {
            try {
                taipan.nodes.module.PythonWarnings.warnExplicit(null, BuiltinType.SYNTAX_WARNING, w.message(),
                                filename(source), w.lineno());
            } catch (taipan.runtime.exception.PException e) {
                if (!taipan.nodes.object.ObjectProtocols.is(null, e, BuiltinType.SYNTAX_WARNING)) {
                    throw e;
                }
                throw PythonErrors.syntaxError(language, source, BuiltinType.SYNTAX_ERROR, w.message(),
                                filename(source), w.lineno(), 1, w.lineno(), 1, lineText(source, w.lineno()));
            }
        }
    }

    /** {@code compile(source, filename, mode, PyCF_ONLY_AST)}: the tree, or the SyntaxError compile() raises. */
    public static Mod parse(TaipanLanguage language, Source source, Mode mode) {
        String text = source.getCharacters().toString();
        try {
            return Parser.parse(text, filename(source), mode);
        } catch (PythonSyntaxError e) {
            String line = e.text();
            if (mode == Mode.EVAL && line != null && line.endsWith("\n") && !text.endsWith("\n")) {
                line = line.substring(0, line.length() - 1); // eval mode does not add a newline, as exec mode does
            }
            throw syntaxError(language, source, e, line, true);
        }
    }

    /**
     * {@code compile(tree, filename, mode)} of a tree built or changed in Python: {@code source} stands in for the
     * text it has none of, so that positions still map to their lines.
     */
    public static PCode compileTree(TaipanLanguage language, Source source, Mod mod, int optimize) {
        return PCode.ofTopLevel(translateTree(language, source, mod, true, optimize).getCallTarget(), filename(source));
    }

    /** {@code optimize} -1 is the level of the running context (-O, -OO), as CPython's compile(optimize=-1). */
    private static int optimizeLevel(int optimize) {
        return optimize >= 0 ? optimize : taipan.language.PythonContext.get(null).getOptimize();
    }

    private static RootNode translateTree(TaipanLanguage language, Source source, Mod mod, boolean code,
                    int optimize) {
        String filename = filename(source);
        ScopeInfo scopes;
        String text = source.getCharacters().toString();
        try {
            scopes = ScopeAnalyzer.analyze(mod, filename, text);
        } catch (PythonSyntaxError e) {
            // CPython's compiler reads the line back from the file: compile() of a string has no text
            throw syntaxError(language, source, e, code ? null : e.text(), !isSymtableError(e.msg()));
        }
        try {
            Translator translator = new Translator(language, source, scopes, optimizeLevel(optimize));
            return code ? translator.translateCode(mod) : translator.translateModule((Mod.Module) mod);
        } catch (UnsupportedSyntaxException e) {
            int line = e.getNode() == null ? 1 : e.getNode().span().lineno();
            throw PythonErrors.syntaxError(language, source, BuiltinType.SYNTAX_ERROR,
                            String.format(ErrorMessages.NOT_SUPPORTED_YET, e.getMessage()), filename, line, 1, line,
                            1, lineText(source, line));
        }
    }

    @Override
    public CallTarget runModule(TaipanLanguage language, String moduleName) {
        return new RunModuleRootNode(language, moduleName).getCallTarget();
    }

    private static RuntimeException syntaxError(TaipanLanguage language, Source source, PythonSyntaxError e,
                    String text, boolean locationInArgs) {
        BuiltinType type = switch (e.kind()) {
            case SyntaxError -> BuiltinType.SYNTAX_ERROR;
            case IndentationError -> BuiltinType.INDENTATION_ERROR;
            case TabError -> BuiltinType.TAB_ERROR;
        };
        return PythonErrors.syntaxError(language, source, type, e.msg(), e.filename(), e.lineno(), e.offset(),
                        e.endLineno(), e.endOffset(), text, locationInArgs);
    }

    /** CPython's symtable errors keep {@code args == (msg,)}; its compiler's add the location tuple. */
    private static boolean isSymtableError(String msg) {
        return msg.startsWith("duplicate argument") || msg.startsWith("name '") || msg.contains("nonlocal")
                        || msg.startsWith("assignment expression") || msg.startsWith("annotated name")
                        || msg.startsWith("import * only allowed");
    }

    /** The file name CPython would report: the path the source was opened with, else its name. */
    static String filename(Source source) {
        String path = source.getPath();
        return path != null ? path : source.getName();
    }

    private static String lineText(Source source, int line) {
        if (line < 1 || line > source.getLineCount()) {
            return null;
        }
        return source.getCharacters(line) + "\n";
    }
}
