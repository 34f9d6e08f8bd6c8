package taipan.frontend;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import taipan.frontend.ast.Mod;
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
        return translate(language, source, Mode.EXEC, false).getCallTarget();
    }

    @Override
    public PCode compile(TaipanLanguage language, Source source, String mode) {
        Mode parseMode = switch (mode) {
            case "eval" -> Mode.EVAL;
            case "single" -> Mode.SINGLE;
            default -> Mode.EXEC;
        };
        return PCode.ofTopLevel(translate(language, source, parseMode, true).getCallTarget(), filename(source));
    }

    private RootNode translate(TaipanLanguage language, Source source, Mode mode, boolean code) {
        String filename = filename(source);
        Mod mod;
        ScopeInfo scopes;
        String text = source.getCharacters().toString();
        try {
            mod = Parser.parse(text, filename, mode);
            scopes = ScopeAnalyzer.analyze(mod, filename, text);
        } catch (PythonSyntaxError e) {
            BuiltinType type = switch (e.kind()) {
                case SyntaxError -> BuiltinType.SYNTAX_ERROR;
                case IndentationError -> BuiltinType.INDENTATION_ERROR;
                case TabError -> BuiltinType.TAB_ERROR;
            };
            throw PythonErrors.syntaxError(language, source, type, e.msg(), e.filename(), e.lineno(), e.offset(),
                            e.endLineno(), e.endOffset(), e.text());
        }
        try {
            Translator translator = new Translator(language, source, scopes);
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
