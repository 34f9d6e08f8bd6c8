package taipan.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small Python tokenizer for one line segment of a traceback: enough to tell operands from operators and to match
 * brackets, so {@link CaretAnchors} can find the shape of the failing expression. Not the language's tokenizer:
 * the launcher sees the language only through the polyglot API.
 */
final class SegmentTokens {

    enum Kind {
        NAME, NUMBER, STRING, OP, OPEN, CLOSE
    }

    /** One token: its kind, its text, and its [start, end) in the segment. */
    record Token(Kind kind, String text, int start, int end) {
    }

    private static final List<String> OPERATORS = List.of("**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//",
                    "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=");
    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");

    private SegmentTokens() {
    }

    /** The tokens of {@code text} up to a comment; null when it holds something this tokenizer does not know. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length() && text.charAt(i) != '#') {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\\') {
                i++;
                continue;
            }
            Token token = token(text, i);
            if (token == null) {
                return null;
            }
            tokens.add(token);
            i = token.end();
        }
        return tokens;
    }

    /** The token starting at {@code i}, or null where it is malformed (an unterminated string, a stray '$'). */
    private static Token token(String text, int i) {
        char c = text.charAt(i);
        int end;
        Kind kind;
        if (isNameStart(c)) {
            end = nameEnd(text, i);
            boolean prefixedString = end < text.length() && isQuote(text.charAt(end))
                            && STRING_PREFIXES.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
            kind = prefixedString ? Kind.STRING : Kind.NAME;
            end = prefixedString ? stringEnd(text, end) : end;
        } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
            end = numberEnd(text, i);
            kind = Kind.NUMBER;
        } else if (isQuote(c)) {
            end = stringEnd(text, i);
            kind = Kind.STRING;
        } else if ("([{".indexOf(c) >= 0 || ")]}".indexOf(c) >= 0) {
            end = i + 1;
            kind = "([{".indexOf(c) >= 0 ? Kind.OPEN : Kind.CLOSE;
        } else {
            end = operatorEnd(text, i);
            kind = Kind.OP;
        }
        return end < 0 ? null : new Token(kind, text.substring(i, end), i, end);
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    private static int nameEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (text.charAt(i) == '_' || Character.isLetterOrDigit(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** Digits, letters (hex, suffixes), '_', '.', and a sign right after an exponent's e/E. */
    private static int numberEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                            && !text.startsWith("0x", start) && !text.startsWith("0X", start);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The end of a string literal starting at its quote, or -1 when it does not end on this line. */
    private static int stringEnd(String text, int quoteAt) {
        char quote = text.charAt(quoteAt);
        String delimiter = text.startsWith(String.valueOf(quote).repeat(3), quoteAt) ? String.valueOf(quote).repeat(3)
                        : String.valueOf(quote);
        int i = quoteAt + delimiter.length();
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith(delimiter, i)) {
                return i + delimiter.length();
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int operatorEnd(String text, int start) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, start)) {
                return start + op.length();
            }
        }
        return "+-*/%@&|^~<>=.,:;!".indexOf(text.charAt(start)) >= 0 ? start + 1 : -1;
    }
}
