package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.interop.InteropBoundary;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code polyglot} module, with GraalPy's names: {@code eval(language=, string=, path=)} runs another language's
 * code, {@code import_value(name)} and {@code export_value(value, name=None)} read and write the polyglot bindings
 * shared by every language of the context ({@code export_value} also works as a decorator, exporting under
 * {@code __name__}). Its class {@code ForeignObject} is the type of foreign values.
 */
@CoreFunctions(defineModule = "polyglot")
public final class PolyglotModuleBuiltins {

    private PolyglotModuleBuiltins() {
    }

    static Env env(Node node) {
        return PythonContext.get(node).getEnv();
    }

    static String text(Node node, Object value, String what) {
        if (value instanceof TruffleString s) {
            return PyStrings.toJava(s);
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s must be a str, not %s", what,
                        PythonErrors.typeName(node, value));
    }

    @Builtin(name = "eval", parameterNames = {"language", "string", "path"}, positionalOnly = false)
    abstract static class EvalNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object language, Object string, Object path) {
            boolean hasString = string != PNone.NO_VALUE && string != PNone.NONE;
            boolean hasPath = path != PNone.NO_VALUE && path != PNone.NONE;
            if (hasString == hasPath) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "polyglot.eval needs either string or path");
            }
            Env env = env(this);
            try {
                Source source;
                if (hasString) {
                    if (language == PNone.NO_VALUE || language == PNone.NONE) {
                        throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "polyglot.eval with a string needs a language");
                    }
                    source = Source.newBuilder(text(this, language, "language"), text(this, string, "string"), "<eval>").build();
                } else {
                    var file = env.getPublicTruffleFile(text(this, path, "path"));
                    String lang = language == PNone.NO_VALUE || language == PNone.NONE ? Source.findLanguage(file)
                                    : text(this, language, "language");
                    if (lang == null) {
                        throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "polyglot.eval could not tell the language of %s", file);
                    }
                    source = Source.newBuilder(lang, file).build();
                }
                return InteropBoundary.toPython(env.parsePublic(source).call());
            } catch (java.io.IOException e) {
                throw PythonErrors.raise(this, BuiltinType.OS_ERROR, "%s", e.getMessage());
            } catch (IllegalStateException | IllegalArgumentException | SecurityException e) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "%s", e.getMessage());
            }
        }
    }

    @Builtin(name = "import_value", parameterNames = "name", minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ImportValueNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object name) {
            Object value = env(this).importSymbol(text(this, name, "name"));
            return value == null ? PNone.NONE : InteropBoundary.toPython(value);
        }
    }

    @Builtin(name = "export_value", parameterNames = {"value", "name"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ExportValueNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object value, Object name) {
            Object key = name == PNone.NO_VALUE || name == PNone.NONE ? SlowCall.call(this,
                            taipan.language.TaipanLanguage.get(this).builtinValue("getattr"),
                            new Object[]{value, PyStrings.of("__name__")}) : name;
            try {
                env(this).exportSymbol(text(this, key, "name"), InteropBoundary.toInterop(value));
            } catch (SecurityException e) {
                throw PythonErrors.raise(this, BuiltinType.PERMISSION_ERROR, "%s", e.getMessage());
            }
            return value;
        }
    }
}
