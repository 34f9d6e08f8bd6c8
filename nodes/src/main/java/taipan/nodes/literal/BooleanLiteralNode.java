package taipan.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** {@code True} or {@code False}. */
public final class BooleanLiteralNode extends ExpressionNode {

    private final boolean value;

    public BooleanLiteralNode(boolean value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
