package taipan.frontend.translate;

import taipan.frontend.ast.Node;

/** A construct the translator cannot build yet; the front end reports it as Python's {@code NotImplementedError}. */
public final class UnsupportedSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Node node;

    UnsupportedSyntaxException(String what, Node node) {
        super(what, null, false, false);
        this.node = node;
    }

    /** The AST node, for its position; null when unknown. */
    public Node getNode() {
        return node;
    }
}
