package taipan.frontend.ast;

/**
 * Where a node stands in its source, as CPython's AST reports it: 1-based lines, and columns that are 0-based
 * offsets in UTF-8 bytes (CPython's {@code col_offset}/{@code end_col_offset}), so that dumps match byte for byte.
 */
public record Span(int lineno, int colOffset, int endLineno, int endColOffset) {

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static Span of(Span first, Span last) {
        return new Span(first.lineno, first.colOffset, last.endLineno, last.endColOffset);
    }
}
