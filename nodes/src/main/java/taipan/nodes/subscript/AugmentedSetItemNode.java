package taipan.nodes.subscript;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.expression.BinaryOpNode;
import taipan.nodes.expression.PyObjectGetItemNode;

/** {@code obj[key] op= value}: the object and key are evaluated once, then read, combined and written back. */
public final class AugmentedSetItemNode extends StatementNode {

    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    @Child private ExpressionNode value;
    @Child private BinaryOpNode operation;
    @Child private PyObjectGetItemNode getItem = PyObjectGetItemNode.create();
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

    public AugmentedSetItemNode(ExpressionNode object, ExpressionNode key, ExpressionNode value, BinaryOpNode operation) {
        this.object = object;
        this.key = key;
        this.value = value;
        this.operation = operation;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object obj = object.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        Object current = getItem.execute(obj, k);
        Object result = operation.execute(current, value.executeGeneric(frame));
        setItem.execute(obj, k, result);
    }
}
