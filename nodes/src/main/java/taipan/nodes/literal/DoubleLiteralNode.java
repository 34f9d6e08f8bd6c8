package taipan.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** A {@code float} literal. */
public final class DoubleLiteralNode extends ExpressionNode {

    private final double value;

    public DoubleLiteralNode(double value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }
}
