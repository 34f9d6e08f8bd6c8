package taipan.frontend.token;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import taipan.frontend.parse.PythonSyntaxError;
import taipan.frontend.parse.PythonSyntaxError.Kind;

/**
 * Python's tokenizer, following CPython's {@code Parser/lexer/lexer.c}: indentation with tabs and form feeds,
 * line continuations, every literal form and PEP 701 f-strings as FSTRING_START/MIDDLE/END tokens. Tokens are
 * produced on demand so that a syntax error earlier in the file wins over a tokenizer error later, as in CPython.
 */
public final class Tokenizer {

    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;
    /** CPython's MAX_EXPR_NESTING: replacement fields nested in format specs. */
    private static final int MAX_EXPR_NESTING = 2;

    private final String src;
    private final String filename;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atBol = true;
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final List<Bracket> brackets = new ArrayList<>();
    private final List<FString> fstrings = new ArrayList<>();
    private boolean done;

    /** An open bracket, for matching and for "'(' was never closed". */
    public record Bracket(char ch, int line, int pos, int lineStart) {
    }

    /** One f-string being tokenized, with the replacement fields open in it. */
    private static final class FString {
        final char quote;
        final boolean triple;
        final boolean raw;
        final int start;
        final int line;
        final int lineStart;
        final List<int[]> fields = new ArrayList<>(); // {bracket depth of its '{', 1 if in format spec}

        FString(char quote, boolean triple, boolean raw, int start, int line, int lineStart) {
            this.quote = quote;
            this.triple = triple;
            this.raw = raw;
            this.start = start;
            this.line = line;
            this.lineStart = lineStart;
        }
    }

    public Tokenizer(String source, String filename) {
        String s = source;
        if (!s.isEmpty() && s.charAt(0) == '\ufeff') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!s.isEmpty() && s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
        }
        this.src = s;
        this.filename = filename;
    }

    /** The normalised source the token offsets refer to. */
    public String source() {
        return src;
    }

    public List<Bracket> openBrackets() {
        return brackets;
    }

    /** The next token; after ENDMARKER, ENDMARKER again. */
    public Token next() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (!fstrings.isEmpty()) {
            FString f = fstrings.get(fstrings.size() - 1);
            if (f.fields.isEmpty()) {
                return fstringText(f, false);
            }
            int[] field = f.fields.get(f.fields.size() - 1);
            if (field[1] == 1 && brackets.size() == field[0] + 1) {
                return fstringText(f, true);
            }
        }
        return nextNormal();
    }

    private Token nextNormal() {
        while (true) {
            if (atBol) {
                atBol = false;
                if (indentation()) {
                    return pending.poll();
                }
            }
            char c = skipBlanks();
            if (pos >= src.length()) {
                return endOfFile();
            }
            int commentStart = -1;
            if (c == '#') {
                commentStart = pos;
                while (src.charAt(pos) != '\n') {
                    pos++;
                }
                c = '\n';
            }
            if (c == '\n') {
                boolean blank = isBlankLineSoFar();
                int nlPos = commentStart >= 0 ? commentStart : pos;
                int nlLine = line;
                // CPython's NEWLINE token starts at a trailing comment, if any
                int col = byteCol(nlPos);
                int endCol = commentStart >= 0 ? byteCol(pos) + 1 : col + 1;
                pos++;
                newLine();
                atBol = true;
                if (blank || !brackets.isEmpty()) {
                    continue;
                }
                lineHasTokens = false;
                return new Token(TokenKind.NEWLINE, "", nlPos, pos, nlLine, col, nlLine, endCol);
            }
            if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos += 2;
                    newLine();
                    if (pos >= src.length()) {
                        throw error(Kind.SyntaxError, "unexpected EOF while parsing", line - 1, pos - 1, pos);
                    }
                    continue;
                }
                throw errorRaw(Kind.SyntaxError, "unexpected character after line continuation character",
                                codePoints(lineStart, pos) + 2, 0);
            }
            return token(c);
        }
    }

    private PythonSyntaxError fstringNewlineError() {
        FString f = fstrings.get(fstrings.size() - 1);
        int c = f.start - f.lineStart + 1;
        return new PythonSyntaxError(Kind.SyntaxError, "unterminated f-string literal (detected at line " + f.line + ")",
                        filename, f.line, c, f.line, c, errorText(f.lineStart));
    }

    /** Whether the current logical line has produced no token yet (its NEWLINE then is not significant). */
    private boolean isBlankLineSoFar() {
        return !lineHasTokens;
    }

    private boolean lineHasTokens;

    private void markSignificant() {
        lineHasTokens = true;
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private char skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                return c;
            }
        }
        return 0;
    }

    /** Measures the indentation of a new line; queues INDENT/DEDENT tokens and returns whether it queued any. */
    private boolean indentation() {
        int col = 0;
        int altcol = 0; // the column with tabs counted as 1, to detect ambiguous mixes of tabs and spaces
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
            pos++;
        }
        if (pos >= src.length()) {
            return false; // endOfFile() emits the remaining DEDENTs where CPython reports them
        }
        char c0 = src.charAt(pos);
        if (c0 == '#' || c0 == '\n' || c0 == '\\' || !brackets.isEmpty()) {
            return false;
        }
        return applyIndent(col, altcol);
    }

    private boolean applyIndent(int col, int altcol) {
        int tokCol = byteCol(pos);
        if (col == indents[indentTop]) {
            if (altcol != altIndents[indentTop]) {
                throw tabError();
            }
            return false;
        }
        if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                throw errorRaw(Kind.IndentationError, "too many levels of indentation", 1, 0);
            }
            if (altcol <= altIndents[indentTop]) {
                throw tabError();
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = altcol;
            pending.add(new Token(TokenKind.INDENT, "", lineStart, pos, line, 0, line, tokCol));
            return true;
        }
        while (indentTop > 0 && col < indents[indentTop]) {
            indentTop--;
            pending.add(new Token(TokenKind.DEDENT, "", pos, pos, line, tokCol, line, tokCol));
        }
        if (col != indents[indentTop]) {
            int eol = src.indexOf('\n', pos);
            throw errorRaw(Kind.IndentationError, "unindent does not match any outer indentation level",
                            codePoints(lineStart, eol + 1), -1);
        }
        if (altcol != altIndents[indentTop]) {
            throw tabError();
        }
        return true;
    }

    private PythonSyntaxError tabError() {
        return errorRaw(Kind.TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    /**
     * An error on the current line with CPython's offsets given as they are. These are the errors CPython's lexer
     * reports by status code rather than by exception (continuation, dedent, tabs), which do not override a parser
     * error found earlier.
     */
    PythonSyntaxError errorRaw(Kind kind, String msg, int offset, int endOffset) {
        statusError = new PythonSyntaxError(kind, msg, filename, line, offset, line, endOffset, lineText(lineStart));
        return statusError;
    }

    private PythonSyntaxError statusError;

    /** Whether {@code e} is one of the errors CPython's lexer reports by status code. */
    public boolean isStatusError(PythonSyntaxError e) {
        return e == statusError;
    }

    private Token eofToken(TokenKind kind) {
        int l = src.isEmpty() ? 1 : line - 1;
        int ls = src.isEmpty() ? 0 : src.lastIndexOf('\n', src.length() - 2) + 1;
        int c = utf8Length(src, ls, src.length());
        return new Token(kind, "", pos, pos, l, c, l, c);
    }

    private Token endOfFile() {
        if (!done) {
            done = true;
            if (!fstrings.isEmpty()) {
                if (!brackets.isEmpty()) {
                    Bracket b = brackets.get(brackets.size() - 1);
                    throw new PythonSyntaxError(Kind.SyntaxError, "'" + b.ch() + "' was never closed", filename, b.line(),
                                    codePoints(b.lineStart(), b.pos()) + 1, b.line(), 0, lineText(b.lineStart()));
                }
                throw fstringNewlineError();
            }
            if (!brackets.isEmpty()) {
                // CPython's tokenizer stops on the line after the last one when brackets are still open
                return new Token(TokenKind.ENDMARKER, "", pos, pos, line, 0, line, 0);
            }
            for (int i = indentTop; i > 0; i--) {
                pending.add(eofToken(TokenKind.DEDENT));
            }
            indentTop = 0;
            pending.add(eofToken(TokenKind.ENDMARKER));
            return pending.poll();
        }
        return eofToken(TokenKind.ENDMARKER);
    }

    /** Whether the source ended inside open brackets (CPython then reports the innermost as never closed). */
    public boolean endedInBrackets() {
        return done && !brackets.isEmpty();
    }

    private Token token(char c) {
        markSignificant();
        int start = pos;
        if (isIdentStart(c)) {
            return nameOrString(start);
        }
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1))) {
            return NumberScanner.scan(this, start);
        }
        if (c == '"' || c == '\'') {
            return string(start, start);
        }
        return operator(c, start);
    }

    private Token nameOrString(int start) {
        pos += Character.charCount(src.codePointAt(start));
        boolean ascii = src.charAt(start) < 128;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c < 128) {
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                    break;
                }
                pos++;
            } else {
                int cp = src.codePointAt(pos);
                if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                    if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                        pos += Character.charCount(cp);
                        ascii = false;
                        continue;
                    }
                    break;
                }
                ascii = false;
                pos += Character.charCount(cp);
            }
        }
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && pos - start <= 2
                        && isStringPrefix(src, start, pos)) {
            return string(start, pos);
        }
        String text = src.substring(start, pos);
        if (!ascii) {
            checkIdentifier(text, start);
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return make(TokenKind.NAME, text, start);
    }

    private void checkIdentifier(String text, int start) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean ok = i == 0 ? cp == '_' || Character.isUnicodeIdentifierStart(cp) : Character.isUnicodeIdentifierPart(cp);
            if (!ok) {
                int p = start + i;
                throw error(Kind.SyntaxError, String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp),
                                line, p + 1, p + 1);
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean isStringPrefix(String s, int from, int to) {
        String p = s.substring(from, to).toLowerCase();
        return switch (p) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    private boolean isIdentStart(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
        }
        int cp = src.codePointAt(pos);
        if (Character.isUnicodeIdentifierStart(cp)) {
            return true;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || !Character.isLetterOrDigit(cp) && !Character.isUnicodeIdentifierPart(cp)) {
            throw error(Kind.SyntaxError, String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp),
                            line, pos + 1, pos + 1);
        }
        if (Character.isUnicodeIdentifierPart(cp)) {
            throw error(Kind.SyntaxError, "invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                            + String.format("%04X", cp) + ")", line, pos + 1, pos + 1);
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token string(int start, int quotePos) {
        String prefix = src.substring(start, quotePos).toLowerCase();
        char q = src.charAt(quotePos);
        boolean triple = quotePos + 2 < src.length() && src.charAt(quotePos + 1) == q && src.charAt(quotePos + 2) == q;
        if (prefix.indexOf('f') >= 0) {
            pos = quotePos + (triple ? 3 : 1);
            fstrings.add(new FString(q, triple, prefix.indexOf('r') >= 0, start, line, lineStart));
            return make(TokenKind.FSTRING_START, src.substring(start, pos), start);
        }
        int startLine = line;
        int startLineStart = lineStart;
        int startCol = byteCol(start);
        pos = quotePos + (triple ? 3 : 1);
        while (true) {
            if (pos >= src.length() || !triple && src.charAt(pos) == '\n') {
                int c = codePoints(startLineStart, start) + 1;
                String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
                int detected = triple ? line - 1 : line;
                String hint = !triple && pos >= 2 && src.charAt(pos - 1) == q && src.charAt(pos - 2) == '\\'
                                ? "; perhaps you escaped the end quote?" : "";
                if (!fstrings.isEmpty()) {
                    FString f = fstrings.get(fstrings.size() - 1);
                    if (f.quote == q && f.triple == triple) {
                        int o = codePoints(startLineStart, start) + 1;
                        throw new PythonSyntaxError(Kind.SyntaxError, "f-string: expecting '}'", filename, startLine, o,
                                        startLine, o, errorText(startLineStart));
                    }
                }
                throw new PythonSyntaxError(Kind.SyntaxError, what + " (detected at line " + detected + ")" + hint, filename,
                                startLine, c, startLine, triple ? c : c, errorText(startLineStart));
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < src.length() && src.charAt(pos) == '\n') {
                    pos++;
                    newLineInToken();
                } else {
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                pos++;
                newLineInToken();
                continue;
            }
            if (c == q && (!triple || pos + 2 < src.length() + 0 && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q)) {
                pos += triple ? 3 : 1;
                break;
            }
            pos++;
        }
        return new Token(TokenKind.STRING, src.substring(start, pos), start, pos, startLine, startCol, line, byteCol(pos));
    }

    private PythonSyntaxError fstringExpectingBrace() {
        return error(Kind.SyntaxError, "f-string: expecting '}'", line, pos - lineStart + 1, pos - lineStart + 1);
    }

    private void newLineInToken() {
        line++;
        lineStart = pos;
    }

    /** Where the f-string text being scanned started (for its FSTRING_MIDDLE token). */
    private int midStart;
    private int midLine;
    private int midCol;

    /** Scans the literal text of an f-string (or of a format spec) up to a replacement field or the end. */
    private Token fstringText(FString f, boolean inSpec) {
        midStart = pos;
        midLine = line;
        midCol = byteCol(pos);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw unterminatedFString(f);
            }
            char c = src.charAt(pos);
            Token t = null;
            if (c == f.quote && (!f.triple || pos + 2 < src.length() && src.charAt(pos + 1) == c && src.charAt(pos + 2) == c)) {
                t = fstringQuote(f, inSpec, sb);
            } else if (c == '\n') {
                fstringNewline(f, inSpec, sb);
            } else if (c == '\\' && pos + 1 < src.length()) {
                fstringEscape(f, sb);
            } else if (c == '{') {
                t = fstringOpen(f, inSpec, sb);
            } else if (c == '}') {
                t = fstringClose(f, inSpec, sb);
            } else {
                sb.append(c);
                pos++;
            }
            if (t != null) {
                return t;
            }
        }
    }

    private Token fstringQuote(FString f, boolean inSpec, StringBuilder sb) {
        if (sb.length() > 0) {
            return middle(sb);
        }
        if (inSpec) {
            // the f-string ends inside a format spec: CPython's parser reports the missing '}' at this token
            while (!f.fields.isEmpty()) {
                brackets.remove(f.fields.remove(f.fields.size() - 1)[0]);
            }
        }
        int start = pos;
        pos += f.triple ? 3 : 1;
        fstrings.remove(fstrings.size() - 1);
        markSignificant();
        return make(TokenKind.FSTRING_END, src.substring(start, pos), start);
    }

    private void fstringNewline(FString f, boolean inSpec, StringBuilder sb) {
        if (!f.triple) {
            if (inSpec) {
                throw error(Kind.SyntaxError,
                                "f-string: newlines are not allowed in format specifiers for single quoted f-strings", line,
                                pos + 1, pos + 1);
            }
            throw unterminatedFString(f);
        }
        sb.append('\n');
        pos++;
        newLineInToken();
    }

    /** A backslash escape stays in the text for the parser to decode; {@code \\N{...}} is kept whole. */
    private void fstringEscape(FString f, StringBuilder sb) {
        char d = src.charAt(pos + 1);
        if (d == '{' || d == '}') {
            sb.append('\\');
            pos++;
            return;
        }
        sb.append('\\').append(d);
        pos += 2;
        if (d == '\n') {
            newLineInToken();
        } else if (d == 'N' && !f.raw && pos < src.length() && src.charAt(pos) == '{') {
            int close = src.indexOf('}', pos);
            if (close > 0 && src.indexOf('\n', pos) > close) {
                sb.append(src, pos, close + 1);
                pos = close + 1;
            }
        }
    }

    private Token fstringOpen(FString f, boolean inSpec, StringBuilder sb) {
        if (!inSpec && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
            sb.append('{');
            pos += 2;
            return null;
        }
        if (sb.length() > 0) {
            return middle(sb);
        }
        if (f.fields.size() > MAX_EXPR_NESTING) {
            throw error(Kind.SyntaxError, "f-string: expressions nested too deeply", line, pos, pos);
        }
        markSignificant();
        openBracket('{');
        f.fields.add(new int[] {brackets.size() - 1, 0});
        int start = pos++;
        return make(TokenKind.OP, "{", start);
    }

    private Token fstringClose(FString f, boolean inSpec, StringBuilder sb) {
        if (inSpec) {
            if (sb.length() > 0) {
                return middle(sb);
            }
            markSignificant();
            brackets.remove(brackets.size() - 1);
            f.fields.remove(f.fields.size() - 1);
            int start = pos++;
            return make(TokenKind.OP, "}", start);
        }
        if (pos + 1 < src.length() && src.charAt(pos + 1) == '}') {
            sb.append('}');
            pos += 2;
            return null;
        }
        throw error(Kind.SyntaxError, "f-string: single '}' is not allowed", line, pos + 1, pos + 1);
    }

    private PythonSyntaxError unterminatedFString(FString f) {
        int c = codePoints(f.lineStart, f.start) + 1;
        String what = f.triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        int detected = pos >= src.length() ? line - 1 : line;
        return new PythonSyntaxError(Kind.SyntaxError, what + " (detected at line " + detected + ")", filename, f.line, c,
                        f.line, c, errorText(f.lineStart));
    }

    private Token middle(StringBuilder sb) {
        markSignificant();
        return new Token(TokenKind.FSTRING_MIDDLE, sb.toString(), midStart, pos, midLine, midCol, line, byteCol(pos));
    }

    private static final String[] OPS3 = {"**=", "...", "//=", "<<=", ">>=", "!=="};
    private static final String OPS2 = " != %= &= ** *= += -= -> // /= := << <= == >= >> @= ^= |= ";

    private Token operator(char c, int start) {
        FString f = fstrings.isEmpty() ? null : fstrings.get(fstrings.size() - 1);
        int[] field = f == null || f.fields.isEmpty() ? null : f.fields.get(f.fields.size() - 1);
        boolean atField = field != null && brackets.size() == field[0] + 1;
        if (atField && (c == ':' || c == '}')) {
            pos++;
            if (c == ':') {
                field[1] = 1;
            } else {
                brackets.remove(brackets.size() - 1);
                f.fields.remove(f.fields.size() - 1);
            }
            return make(TokenKind.OP, String.valueOf(c), start);
        }
        if (pos + 2 < src.length()) {
            String three = src.substring(pos, pos + 3);
            for (String op : OPS3) {
                if (op.equals(three) && !op.equals("!==")) {
                    pos += 3;
                    return make(TokenKind.OP, three, start);
                }
            }
        }
        if (pos + 1 < src.length()) {
            String two = src.substring(pos, pos + 2);
            if (OPS2.contains(" " + two + " ")) {
                pos += 2;
                return make(TokenKind.OP, two, start);
            }
        }
        switch (c) {
            case '(', '[', '{' -> openBracket(c);
            case ')', ']', '}' -> closeBracket(c);
            case '+', '-', '*', '/', '%', '&', '|', '^', '~', '<', '>', '=', '.', ',', ':', ';', '@', '!' -> {
            }
            default -> {
                if (c == '$' || c == '?' || c == '`') {
                    pos++;
                    return make(TokenKind.OP, String.valueOf(c), start); // CPython's lexer passes these to the parser
                }
                int cp = src.codePointAt(pos);
                throw error(Kind.SyntaxError, String.format("invalid non-printable character U+%04X", cp), line, pos + 1,
                                pos + 2);
            }
        }
        pos++;
        return make(TokenKind.OP, String.valueOf(c), start);
    }

    private void openBracket(char c) {
        if (brackets.size() >= MAX_PAREN) {
            throw error(Kind.SyntaxError, "too many nested parentheses", line, pos + 1, pos + 1);
        }
        brackets.add(new Bracket(c, line, pos, lineStart));
    }

    private void closeBracket(char c) {
        if (brackets.isEmpty()) {
            throw error(Kind.SyntaxError, "unmatched '" + c + "'", line, pos + 1, pos + 1);
        }
        Bracket open = brackets.get(brackets.size() - 1);
        char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (expected != c) {
            if (!fstrings.isEmpty() && open.ch == '{' && isFieldBracket()) {
                throw error(Kind.SyntaxError, "f-string: unmatched '" + c + "'", line, pos + 1, pos + 1);
            }
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.ch + "'";
            if (open.line != line) {
                msg += " on line " + open.line;
            }
            throw error(Kind.SyntaxError, msg, line, pos + 1, pos + 1);
        }
        brackets.remove(brackets.size() - 1);
    }

    private boolean isFieldBracket() {
        FString f = fstrings.get(fstrings.size() - 1);
        return !f.fields.isEmpty() && f.fields.get(f.fields.size() - 1)[0] == brackets.size() - 1;
    }

    Token make(TokenKind kind, String text, int start) {
        int col = byteCol(start);
        int endCol = col + utf8Length(src, start, pos);
        return new Token(kind, text, start, pos, line, col, line, endCol);
    }

    private int colCacheLineStart = -1;
    private int colCachePos;
    private int colCacheCol;

    /** The UTF-8 byte column of char index {@code p} on the current line; incremental so a line costs O(length). */
    int byteCol(int p) {
        if (colCacheLineStart != lineStart || p < colCachePos) {
            colCacheLineStart = lineStart;
            colCachePos = lineStart;
            colCacheCol = 0;
        }
        colCacheCol += utf8Length(src, colCachePos, p);
        colCachePos = p;
        return colCacheCol;
    }

    /** The UTF-8 length of {@code s[from, to)}. */
    public static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    String src() {
        return src;
    }

    int pos() {
        return pos;
    }

    void setPos(int p) {
        pos = p;
    }

    int line() {
        return line;
    }

    int lineStart() {
        return lineStart;
    }

    /** The text of a tokenizer error: CPython's tokenizer reports the line without its newline. */
    String errorText(int start) {
        String text = lineText(start);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** The source line starting at char index {@code start}, with its newline. */
    public String lineText(int start) {
        int e = src.indexOf('\n', start);
        return e < 0 ? src.substring(start) : src.substring(start, e + 1);
    }

    /** A syntax error on the current line at 1-based char columns computed from char indices. */
    PythonSyntaxError error(Kind kind, String msg, int errLine, int offsetPos, int endOffsetPos) {
        int ls = errLine == line ? lineStart : lineStartOf(errLine);
        int off = codePoints(ls, offsetPos - 1) + 1;
        int endOff = endOffsetPos <= 0 ? 0 : codePoints(ls, endOffsetPos - 1) + 1;
        return new PythonSyntaxError(kind, msg, filename, errLine, off, errLine, endOff, errorText(ls));
    }

    int codePoints(int from, int to) {
        return to <= from ? to - from : src.codePointCount(from, Math.min(to, src.length()));
    }

    /** The char index where line {@code n} starts. */
    public int lineStartOf(int n) {
        int p = 0;
        for (int l = 1; l < n; l++) {
            p = src.indexOf('\n', p) + 1;
        }
        return p;
    }

    public String filename() {
        return filename;
    }
}
