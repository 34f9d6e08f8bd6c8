package taipan.builtins.modules;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.frontend.parse.PythonSyntaxError;
import taipan.frontend.token.TokenizeStream;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.generator.GeneratorErrors;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code _tokenize.TokenizerIter(readline, *, extra_tokens, encoding=None)}: what {@code tokenize.tokenize} and
 * {@code tokenize.generate_tokens} iterate, the parser's tokenizer seen through {@link TokenizeStream}.
 */
@CoreFunctions(extendClasses = BuiltinType.TOKENIZER_ITER)
public final class TokenizerIterBuiltins {

    private TokenizerIterBuiltins() {
    }

    /** A {@code TokenizerIter}: its source, read whole from {@code readline} when made, and the tokens left. */
    public static final class PTokenizerIter extends PythonObject {
        final TokenizeStream stream;

        PTokenizerIter(Shape shape, TokenizeStream stream) {
            super(shape);
            this.stream = stream;
        }
    }

    @Builtin(name = "TokenizerIter", parameterNames = {"cls", "readline"}, minNumOfPositionalArgs = 2,
                    keywordOnlyNames = {"extra_tokens", "encoding"}, constructsClass = BuiltinType.TOKENIZER_ITER)
    abstract static class TokenizerIterNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object readline, Object extraTokens, Object encoding) {
            if (extraTokens == PNone.NO_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "tokenizeriter_new() missing required keyword-only argument 'extra_tokens'");
            }
            String source = readAll(this, readline, encoding);
            boolean extra = !(extraTokens == Boolean.FALSE || extraTokens == PNone.NONE || extraTokens instanceof Long n && n == 0);
            return new PTokenizerIter(((PythonClass) cls).getInstanceShape(), new TokenizeStream(source, extra));
        }
    }

    /** Calls {@code readline} until it raises {@code StopIteration} or returns an empty line, as CPython does. */
    @TruffleBoundary
    static String readAll(Node location, Object readline, Object encoding) {
        Charset charset = encoding == PNone.NO_VALUE || encoding == PNone.NONE ? null : charset(location, encoding);
        StringBuilder source = new StringBuilder();
        PythonClass stopIteration = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.STOP_ITERATION);
        while (true) {
            Object line;
            try {
                line = SlowCall.call(location, readline, new Object[0]);
            } catch (PException e) {
                if (e.getPythonException().getType().isSubclassOf(stopIteration)) {
                    break;
                }
                throw e;
            }
            String text;
            if (line instanceof TruffleString s) {
                text = s.toJavaStringUncached();
            } else if (line instanceof PBytes b) {
                text = new String(b.array(), charset == null ? StandardCharsets.UTF_8 : charset);
            } else {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "readline() returned a non-string object");
            }
            if (text.isEmpty()) {
                break;
            }
            source.append(text);
        }
        return source.toString();
    }

    private static Charset charset(Node location, Object encoding) {
        String name = encoding instanceof TruffleString s ? s.toJavaStringUncached() : String.valueOf(encoding);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw PythonErrors.raise(location, BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", name);
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PTokenizerIter self) {
            return self;
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTokenizerIter self) {
            Object token = next(this, self);
            if (token == null) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return token;
        }
    }

    /** The next token as CPython's tuple, null at the end; a tokenizer error is a {@code SyntaxError}. */
    @TruffleBoundary
    static PTuple next(Node location, PTokenizerIter self) {
        TokenizeStream.Info info;
        synchronized (self.stream) {
            try {
                info = self.stream.next();
            } catch (PythonSyntaxError e) {
                BuiltinType type = switch (e.kind()) {
                    case SyntaxError -> BuiltinType.SYNTAX_ERROR;
                    case IndentationError -> BuiltinType.INDENTATION_ERROR;
                    case TabError -> BuiltinType.TAB_ERROR;
                };
                throw PythonErrors.syntaxError(TaipanLanguage.get(location), null, type, e.msg(), "<string>", e.lineno(),
                                e.offset(), e.endLineno(), e.endOffset(), e.text(), e.text() != null);
            }
        }
        if (info == null) {
            return null;
        }
        return new PTuple(new Object[]{(long) info.type(), PyStrings.of(info.string()),
                        new PTuple(new Object[]{(long) info.row(), (long) info.col()}),
                        new PTuple(new Object[]{(long) info.endRow(), (long) info.endCol()}), PyStrings.of(info.line())});
    }
}
