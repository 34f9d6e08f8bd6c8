package taipan.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/**
 * A literal of an immutable language-level value: a str ({@code TruffleString}), a big int, {@code None}. Safe to
 * share across contexts, as the context policy requires.
 */
public final class ObjectLiteralNode extends ExpressionNode {

    private final Object value;

    public ObjectLiteralNode(Object value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
