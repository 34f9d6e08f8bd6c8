package taipan.frontend.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import taipan.frontend.ast.Span;
import taipan.frontend.parse.PythonSyntaxError.Kind;
import taipan.frontend.token.Token;
import taipan.frontend.token.TokenKind;
import taipan.frontend.token.Tokenizer;

/** Token access, backtracking marks, spans and error construction shared by the parser's layers. */
abstract class ParserBase {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
                    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
                    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
                    "with", "yield");

    /** Thrown when no alternative matches; carries no stack trace because backtracking throws it often. */
    static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fail() {
            super(null, null, false, false);
        }
    }

    static final Fail FAIL = new Fail();

    final Tokenizer tz;
    final String filename;
    final String src;
    private final List<Token> toks = new ArrayList<>();
    private PythonSyntaxError tokenizerError;
    int pos;

    ParserBase(String source, String filename) {
        this.tz = new Tokenizer(source, filename);
        this.filename = filename;
        this.src = tz.source();
    }

    /** Set while looking ahead only to choose an error message, so that the generic error ignores those tokens. */
    boolean probing;
    private int normalFurthest;

    /** The furthest token index the parse proper (not error probes) has looked at, as CPython's first pass. */
    final int normalFurthest() {
        return normalFurthest;
    }

    final Token tok(int i) {
        if (!probing && i > normalFurthest) {
            normalFurthest = Math.min(i, Math.max(toks.size(), i));
        }
        while (i >= toks.size()) {
            if (tokenizerError != null) {
                throw tokenizerError;
            }
            try {
                toks.add(tz.next());
            } catch (PythonSyntaxError e) {
                tokenizerError = e;
                throw e;
            }
        }
        return toks.get(i);
    }

    final boolean isTokenizerError(PythonSyntaxError e) {
        return e == tokenizerError;
    }

    /** How many tokens have been fetched: the furthest point the parser looked at. */
    final int fetched() {
        return toks.size();
    }

    final Token peek() {
        return tok(pos);
    }

    final Token peek(int k) {
        return tok(pos + k);
    }

    final Token next() {
        Token t = tok(pos);
        pos++;
        return t;
    }

    final boolean at(String s) {
        Token t = tok(pos);
        return (t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME) && t.text().equals(s);
    }

    final boolean atKind(TokenKind k) {
        return tok(pos).kind() == k;
    }

    final boolean accept(String s) {
        if (at(s)) {
            pos++;
            return true;
        }
        return false;
    }

    final Token expect(String s) {
        if (at(s)) {
            return next();
        }
        throw FAIL;
    }

    final Token expectKind(TokenKind k) {
        if (atKind(k)) {
            return next();
        }
        throw FAIL;
    }

    /** Whether the current token is a NAME that is not a keyword. */
    final boolean atName() {
        Token t = tok(pos);
        return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
    }

    final String name() {
        if (!atName()) {
            throw FAIL;
        }
        return next().text();
    }

    /** CPython's EXTRA: from the first token of a rule to the last non-whitespace token consumed. */
    final Span span(int startTok) {
        Token a = tok(startTok);
        Token b = lastConsumed();
        return new Span(a.line(), a.col(), b.endLine(), b.endCol());
    }

    final Token lastConsumed() {
        for (int m = pos - 1; m >= 0; m--) {
            Token t = toks.get(m);
            TokenKind k = t.kind();
            if (k != TokenKind.ENDMARKER && k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
                return t;
            }
        }
        return toks.get(0);
    }

    static Span tokSpan(Token t) {
        return new Span(t.line(), t.col(), t.endLine(), t.endCol());
    }

    // ---- errors

    /** A SyntaxError from the start of token {@code a} to the end of token {@code b}. */
    final PythonSyntaxError errorAt(Kind kind, String msg, Token a, Token b) {
        TokenKind k = a.kind();
        if (k == TokenKind.INDENT || k == TokenKind.DEDENT || k == TokenKind.ENDMARKER) {
            // CPython gives these tokens no columns and reports the tokenizer's position instead
            int ls = tz.lineStartOf(a.line());
            return new PythonSyntaxError(kind, msg, filename, a.line(), charCol(ls, a.endCol()), a.line(), -1,
                            tz.lineText(ls));
        }
        return errorBytes(kind, msg, new Span(a.line(), a.col(), b.endLine(), b.endCol()));
    }

    /**
     * A parser error at AST-style positions. Like CPython's _PyPegen_raise_error_known_location, both columns are
     * converted to characters with the text of the error's first line, even when it ends on another line.
     */
    final PythonSyntaxError errorBytes(Kind kind, String msg, Span s) {
        int ls = tz.lineStartOf(s.lineno());
        String line = tz.lineText(ls);
        int off = charCol(ls, s.colOffset()) + 1;
        int endOff = s.endLineno() == s.lineno() ? charCol(ls, s.endColOffset()) + 1
                        : charsInFirstBytes(line, s.endColOffset() + 1);
        return new PythonSyntaxError(kind, msg, filename, s.lineno(), off, s.endLineno(), endOff, line);
    }

    /** How many characters the first {@code n} UTF-8 bytes of {@code line} decode to (a cut character counts). */
    private static int charsInFirstBytes(String line, int n) {
        int total = Tokenizer.utf8Length(line, 0, line.length());
        int bytes = Math.min(n, total + 1);
        int chars = 0;
        int b = 0;
        for (int i = 0; i < line.length() && b < bytes;) {
            int cp = line.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            chars++;
        }
        return bytes > total ? chars + 1 : chars;
    }

    final PythonSyntaxError errorRange(Kind kind, String msg, int line, int startChar, int endLine, int endChar) {
        int ls = lineStartOfChar(startChar);
        int off = src.codePointCount(ls, Math.min(startChar, src.length())) + 1;
        int els = lineStartOfChar(Math.max(endChar - 1, 0));
        if (endChar <= els) {
            els = lineStartOfChar(endChar);
        }
        int endOff = src.codePointCount(els, Math.min(endChar, src.length())) + 1;
        return new PythonSyntaxError(kind, msg, filename, line, off, endLine, endOff, tz.lineText(ls));
    }

    /** A SyntaxError spanning AST positions (UTF-8 columns) converted back to character offsets. */
    final PythonSyntaxError errorSpan(String msg, Span s) {
        return errorBytes(Kind.SyntaxError, msg, s);
    }

    final int charCol(int lineStart, int byteCol) {
        int i = lineStart;
        int b = 0;
        int n = 0;
        while (b < byteCol && i < src.length()) {
            int cp = src.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            n++;
        }
        return n;
    }

    final int lineStartOfChar(int p) {
        int q = Math.min(p, src.length());
        while (q > 0 && src.charAt(q - 1) != '\n') {
            q--;
        }
        return q;
    }

    final PythonSyntaxError syntaxError(String msg, Token a, Token b) {
        return errorAt(Kind.SyntaxError, msg, a, b);
    }
}
