package taipan.frontend.token;

/**
 * One token. {@code start}/{@code end} are char indices into the (newline-normalised) source; {@code col} and
 * {@code endCol} are UTF-8 byte offsets within their lines, as CPython's AST positions.
 */
public record Token(TokenKind kind, String text, int start, int end, int line, int col, int endLine, int endCol) {

    /** Whether this is the operator or keyword-like name {@code s}. */
    public boolean is(String s) {
        return (kind == TokenKind.OP || kind == TokenKind.NAME) && text.equals(s);
    }

    public boolean isOp(String s) {
        return kind == TokenKind.OP && text.equals(s);
    }

    @Override
    public String toString() {
        return kind + "'" + text + "'@" + line + ":" + col;
    }
}
