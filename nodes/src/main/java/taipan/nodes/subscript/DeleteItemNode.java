package taipan.nodes.subscript;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/** {@code del obj[key]}. */
public final class DeleteItemNode extends StatementNode {

    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    @Child private PyObjectDelItemNode delItem = PyObjectDelItemNode.create();

    public DeleteItemNode(ExpressionNode object, ExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object obj = object.executeGeneric(frame);
        delItem.execute(obj, key.executeGeneric(frame));
    }
}
