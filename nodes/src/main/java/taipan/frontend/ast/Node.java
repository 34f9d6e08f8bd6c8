package taipan.frontend.ast;

/** Any node of the AST that carries a source position (CPython's {@code attributes (lineno, col_offset, ...)}). */
public interface Node {
    Span span();
}
