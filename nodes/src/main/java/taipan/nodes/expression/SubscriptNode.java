package taipan.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** {@code value[key]} in a load context. */
public final class SubscriptNode extends ExpressionNode {

    @Child private ExpressionNode value;
    @Child private ExpressionNode key;
    @Child private PyObjectGetItemNode getItem = PyObjectGetItemNode.create();

    public SubscriptNode(ExpressionNode value, ExpressionNode key) {
        this.value = value;
        this.key = key;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object container = value.executeGeneric(frame);
        return getItem.execute(container, key.executeGeneric(frame));
    }
}
