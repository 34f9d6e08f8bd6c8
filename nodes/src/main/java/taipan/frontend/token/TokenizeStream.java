package taipan.frontend.token;

import java.util.ArrayDeque;
import java.util.Map;

/**
 * The tokens of {@code tokenize} ({@code _tokenize.TokenizerIter}, CPython's {@code Python/Python-tokenize.c}) drawn
 * from the parser's {@link Tokenizer}: the comments, the non-logical newlines (NL) and the line each token stands on,
 * which the parser has no use for, are recovered from the source between two of its tokens. Positions are rows from 1
 * and columns in code points, as {@code tokenize} reports them.
 */
public final class TokenizeStream {

    /** CPython 3.13's token numbers ({@code Lib/token.py}). */
    public static final int ENDMARKER = 0;
    public static final int NAME = 1;
    public static final int NUMBER = 2;
    public static final int STRING = 3;
    public static final int NEWLINE = 4;
    public static final int INDENT = 5;
    public static final int DEDENT = 6;
    public static final int OP = 55;
    public static final int FSTRING_START = 59;
    public static final int FSTRING_MIDDLE = 60;
    public static final int FSTRING_END = 61;
    public static final int COMMENT = 62;
    public static final int NL = 63;

    /** One token: what {@code TokenizerIter} yields as {@code (type, string, (row, col), (end_row, end_col), line)}. */
    public record Info(int type, String string, int row, int col, int endRow, int endCol, String line) {
    }

    private final Tokenizer tokenizer;
    private final String src;
    /** The source did not end in a newline: the tokenizer added one, which tokenize reports as an empty string. */
    private final boolean implicitNewline;
    /** {@code extra_tokens}: tokenize's view (COMMENT and NL, operators as OP) rather than the parser's. */
    private final boolean extraTokens;
    private final int[] lineStarts;
    private final ArrayDeque<Info> queue = new ArrayDeque<>();
    /**
     * The replacement fields open in f-strings, innermost last: {@code {bracket depth, 1 once its format spec began}},
     * or null for an f-string's own level. CPython reports an empty FSTRING_MIDDLE where a format spec ends right
     * after its {@code :} or after a nested field ({@code f"{x:{w}}"}); the parser's tokenizer has no such token.
     */
    private final java.util.ArrayList<int[]> fields = new java.util.ArrayList<>();
    private int lastType = -1;
    /** Where the source not yet accounted for by a token starts. */
    private int scanned;
    private boolean done;

    public TokenizeStream(String source, boolean extraTokens) {
        this.tokenizer = new Tokenizer(source, "<string>");
        this.src = tokenizer.source();
        String bare = !source.isEmpty() && source.charAt(0) == '\ufeff' ? source.substring(1) : source;
        this.implicitNewline = !bare.isEmpty() && !bare.endsWith("\n") && !bare.endsWith("\r");
        this.extraTokens = extraTokens;
        int lines = 0;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines + 2];
        int n = 1;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                lineStarts[n++] = i + 1;
            }
        }
        lineStarts[n] = src.length();
    }

    /** The next token, or null after ENDMARKER; a tokenizer error is thrown as the parser's syntax error. */
    public Info next() {
        while (queue.isEmpty()) {
            if (done) {
                return null;
            }
            advance();
        }
        return queue.poll();
    }

    private void advance() {
        Token t = tokenizer.next();
        boolean trailing = t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.DEDENT && t.start() >= src.length();
        if (trailing) {
            if (tokenizer.endedInBrackets()) {
                // CPython's tokenizer, unlike its parser, names no bracket: the error is on the last line
                int last = lineStarts.length - 2;
                throw new taipan.frontend.parse.PythonSyntaxError(taipan.frontend.parse.PythonSyntaxError.Kind.SyntaxError,
                                "unexpected EOF in multi-line statement", "<string>", last, 0, last, 0, null);
            }
            gap(src.length());
            // after the last line, with no line of its own
            int row = lineStarts.length - 1;
            queue.add(new Info(t.kind() == TokenKind.ENDMARKER ? ENDMARKER : DEDENT, "", row, 0, row, 0, ""));
            done = t.kind() == TokenKind.ENDMARKER;
            return;
        }
        gap(t.start());
        trackFields(t);
        switch (t.kind()) {
            case NEWLINE -> newline(t);
            case FSTRING_MIDDLE -> fstringMiddle(t);
            case INDENT -> add(INDENT, t.start(), t.end(), src.substring(t.start(), t.end()), false);
            case DEDENT -> add(DEDENT, t.start(), t.start(), "", false);
            default -> add(typeOf(t), t.start(), t.end(), src.substring(t.start(), t.end()), t.kind() == TokenKind.STRING);
        }
        scanned = Math.max(scanned, t.end());
    }

    private void trackFields(Token t) {
        int[] field = fields.isEmpty() ? null : fields.get(fields.size() - 1);
        switch (t.kind()) {
            case FSTRING_START -> fields.add(null);
            case FSTRING_END -> fields.remove(fields.size() - 1);
            case OP -> {
                String op = t.text();
                if (op.equals("{") && (field == null || field[1] == 1 && field[0] == 0)) {
                    if (!fields.isEmpty()) {
                        fields.add(new int[]{0, 0});
                    }
                } else if (field != null && (op.equals("(") || op.equals("[") || op.equals("{"))) {
                    field[0]++;
                } else if (field != null && field[0] > 0 && (op.equals(")") || op.equals("]") || op.equals("}"))) {
                    field[0]--;
                } else if (field != null && op.equals(":") && field[0] == 0) {
                    field[1] = 1;
                } else if (field != null && op.equals("}")) {
                    if (field[1] == 1 && lastType != FSTRING_MIDDLE) {
                        add(FSTRING_MIDDLE, t.start(), t.start(), "", true);
                    }
                    fields.remove(fields.size() - 1);
                }
            }
            default -> {
            }
        }
    }

    /** The comments and NL tokens of {@code src[scanned, to)}: blank lines, comment lines, newlines in brackets. */
    private void gap(int to) {
        int i = scanned;
        while (i < to) {
            char c = src.charAt(i);
            if (c == '#') {
                int eol = src.indexOf('\n', i);
                int end = eol < 0 || eol > to ? to : eol;
                if (extraTokens) {
                    add(COMMENT, i, end, src.substring(i, end), false);
                }
                i = end;
            } else if (c == '\\' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '\n') {
                if (extraTokens) {
                    add(NL, i, i + 1, newlineText(i), false);
                }
                i++;
            } else {
                i++;
            }
        }
        scanned = Math.max(scanned, to);
    }

    /** The parser's NEWLINE starts at a trailing comment: tokenize reports the comment, then the newline. */
    private void newline(Token t) {
        int nl = src.indexOf('\n', t.start());
        if (nl > t.start() && extraTokens) {
            add(COMMENT, t.start(), nl, src.substring(t.start(), nl), false);
        }
        add(NEWLINE, nl, nl + 1, extraTokens ? newlineText(nl) : "", false);
    }

    private String newlineText(int at) {
        return implicitNewline && at == src.length() - 1 ? "" : "\n";
    }

    /**
     * The literal text of an f-string. Like CPython, a doubled brace ends a piece with one brace: {@code a{{b} is
     * the pieces {@code a{} and {@code b}, each placed where it starts in the source.
     */
    private void fstringMiddle(Token t) {
        int from = t.start();
        int i = from;
        while (i < t.end()) {
            char c = src.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < t.end() && src.charAt(i + 1) == c) {
                String piece = src.substring(from, i + 1);
                add(FSTRING_MIDDLE, from, i + 1, piece, true);
                i += 2;
                from = i;
            } else {
                i++;
            }
        }
        if (from < t.end() || from == t.start()) {
            add(FSTRING_MIDDLE, from, t.end(), src.substring(from, t.end()), true);
        }
    }

    private void add(int type, int start, int end, String string, boolean stringLiteral) {
        int row = rowOf(start);
        // a newline ends a token's row, except an f-string's text, which then ends at the start of the next line
        int endRow = type == FSTRING_MIDDLE ? rowOf(end) : end > start ? rowOf(end - 1) : row;
        int col = src.codePointCount(lineStarts[row - 1], start);
        int endCol = src.codePointCount(lineStarts[endRow - 1], end);
        // a string literal stands on all its lines; any other token on the line where it ends
        String line = lineText(stringLiteral ? row : endRow, endRow);
        queue.add(new Info(type, string, row, col, endRow, endCol, line));
        lastType = type;
    }

    /** Lines {@code first..last} with their newlines, the last without one the source did not have. */
    private String lineText(int first, int last) {
        int end = lineStarts[last];
        if (implicitNewline && end == src.length()) {
            end--;
        }
        return src.substring(lineStarts[first - 1], Math.max(end, lineStarts[first - 1]));
    }

    private int rowOf(int index) {
        int lo = 1;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid - 1] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private int typeOf(Token t) {
        return switch (t.kind()) {
            case NAME -> NAME;
            case NUMBER -> NUMBER;
            case STRING -> STRING;
            case FSTRING_START -> FSTRING_START;
            case FSTRING_END -> FSTRING_END;
            case OP -> extraTokens ? OP : EXACT_TYPES.getOrDefault(t.text(), OP);
            default -> throw new IllegalStateException(t.kind().toString());
        };
    }

    /** The exact token types of the operators ({@code token.EXACT_TOKEN_TYPES}), without {@code extra_tokens}. */
    private static final Map<String, Integer> EXACT_TYPES = Map.ofEntries(Map.entry("(", 7), Map.entry(")", 8),
                    Map.entry("[", 9), Map.entry("]", 10), Map.entry(":", 11), Map.entry(",", 12), Map.entry(";", 13),
                    Map.entry("+", 14), Map.entry("-", 15), Map.entry("*", 16), Map.entry("/", 17), Map.entry("|", 18),
                    Map.entry("&", 19), Map.entry("<", 20), Map.entry(">", 21), Map.entry("=", 22), Map.entry(".", 23),
                    Map.entry("%", 24), Map.entry("{", 25), Map.entry("}", 26), Map.entry("==", 27), Map.entry("!=", 28),
                    Map.entry("<=", 29), Map.entry(">=", 30), Map.entry("~", 31), Map.entry("^", 32), Map.entry("<<", 33),
                    Map.entry(">>", 34), Map.entry("**", 35), Map.entry("+=", 36), Map.entry("-=", 37),
                    Map.entry("*=", 38), Map.entry("/=", 39), Map.entry("%=", 40), Map.entry("&=", 41),
                    Map.entry("|=", 42), Map.entry("^=", 43), Map.entry("<<=", 44), Map.entry(">>=", 45),
                    Map.entry("**=", 46), Map.entry("//", 47), Map.entry("//=", 48), Map.entry("@", 49),
                    Map.entry("@=", 50), Map.entry("->", 51), Map.entry("...", 52), Map.entry(":=", 53),
                    Map.entry("!", 54));
}
