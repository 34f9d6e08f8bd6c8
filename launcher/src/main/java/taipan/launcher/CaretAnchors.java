package taipan.launcher;

import java.util.List;
import java.util.Map;
import java.util.Set;

import taipan.launcher.SegmentTokens.Kind;
import taipan.launcher.SegmentTokens.Token;

/**
 * Where CPython 3.13 puts the {@code ^} inside the {@code ~} of a traceback line ({@code
 * _extract_caret_anchors_from_line_segment} in {@code Lib/traceback.py}): under the operator of a binary operation,
 * or from the bracket to the end of a call or subscript. Any other expression has no anchors.
 *
 * @param start first column of the {@code ^} part, in the segment
 * @param end one past its last column
 * @param callOfName whether the segment is a call of a plain name ({@code f(x)}), which CPython treats specially
 */
record CaretAnchors(int start, int end, boolean callOfName) {

    /** Binary operators by precedence, loosest first (CPython's grammar, {@code bitwise_or} down to {@code power}). */
    private static final Map<String, Integer> BINARY = Map.ofEntries(Map.entry("|", 1), Map.entry("^", 2),
                    Map.entry("&", 3), Map.entry("<<", 4), Map.entry(">>", 4), Map.entry("+", 5), Map.entry("-", 5),
                    Map.entry("*", 6), Map.entry("/", 6), Map.entry("//", 6), Map.entry("%", 6), Map.entry("@", 6),
                    Map.entry("**", 8));
    private static final int POWER = 8;
    /** Tokens that, outside brackets, make the segment something other than a binary operation or a primary. */
    private static final Set<String> OTHER_TOP_LEVEL = Set.of("lambda", "if", "else", "or", "and", "not", "in", "is",
                    "await", "yield", "for", "async", "<", ">", "<=", ">=", "==", "!=", ",", ":", ":=", "=", ";",
                    "...");

    /** The anchors of a one-line segment, or null where CPython finds none. */
    static CaretAnchors of(String segment) {
        List<Token> tokens = SegmentTokens.tokenize(segment);
        if (tokens == null || tokens.isEmpty() || !balanced(tokens)) {
            return null;
        }
        Token operator = topBinaryOperator(tokens);
        if (operator != null) {
            return new CaretAnchors(operator.start(), operator.end(), false);
        }
        return primary(tokens, segment.length());
    }

    /** The operator of the outermost binary operation, or null when the segment is no binary operation. */
    private static Token topBinaryOperator(List<Token> tokens) {
        Token best = null;
        int bestLevel = Integer.MAX_VALUE;
        int depth = 0;
        Token previous = null;
        for (Token token : tokens) {
            if (token.kind() == Kind.OPEN) {
                depth++;
            } else if (token.kind() == Kind.CLOSE) {
                depth--;
            } else if (depth == 0 && OTHER_TOP_LEVEL.contains(token.text())) {
                return null;
            } else if (depth == 0 && token.kind() == Kind.OP && endsOperand(previous) && BINARY.containsKey(token.text())) {
                int level = BINARY.get(token.text());
                // Left-associative operators: the rightmost of the loosest level is outermost; '**' is right-associative.
                if (level < bestLevel || (level == bestLevel && level != POWER)) {
                    best = token;
                    bestLevel = level;
                }
            }
            previous = token;
        }
        if (best != null && bestLevel == POWER && isUnaryOperator(tokens.get(0))) {
            return null; // -x ** 2 is -(x ** 2): a unary operation on the outside
        }
        return best;
    }

    /** An atom followed by trailers; anchors for a final call or subscript, none for an attribute or a bare atom. */
    private static CaretAnchors primary(List<Token> tokens, int length) {
        int i = skipAtom(tokens, 0);
        if (i < 0) {
            return null;
        }
        boolean nameAtom = tokens.get(0).kind() == Kind.NAME && i == 1;
        int trailers = 0;
        Token lastOpen = null;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.text().equals(".") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.NAME) {
                lastOpen = null;
                i += 2;
            } else if (token.text().equals("(") || token.text().equals("[")) {
                lastOpen = token;
                i = closing(tokens, i) + 1;
            } else {
                return null;
            }
            trailers++;
        }
        if (lastOpen == null) {
            return null;
        }
        return new CaretAnchors(lastOpen.start(), length, nameAtom && trailers == 1 && lastOpen.text().equals("("));
    }

    /** The index after the atom starting at {@code i}: a name, a number, adjacent strings, or a bracketed group. */
    private static int skipAtom(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        switch (first.kind()) {
            case NAME:
                return OTHER_TOP_LEVEL.contains(first.text()) ? -1 : i + 1;
            case NUMBER:
                return i + 1;
            case STRING:
                int j = i;
                while (j < tokens.size() && tokens.get(j).kind() == Kind.STRING) {
                    j++;
                }
                return j;
            case OPEN:
                return closing(tokens, i) + 1;
            default:
                return -1;
        }
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            depth += kind == Kind.OPEN ? 1 : kind == Kind.CLOSE ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static boolean balanced(List<Token> tokens) {
        int depth = 0;
        for (Token token : tokens) {
            depth += token.kind() == Kind.OPEN ? 1 : token.kind() == Kind.CLOSE ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean endsOperand(Token token) {
        return token != null && (token.kind() == Kind.NAME && !OTHER_TOP_LEVEL.contains(token.text())
                        || token.kind() == Kind.NUMBER || token.kind() == Kind.STRING || token.kind() == Kind.CLOSE);
    }

    private static boolean isUnaryOperator(Token token) {
        return token.kind() == Kind.OP && (token.text().equals("-") || token.text().equals("+")
                        || token.text().equals("~"));
    }
}
