package taipan.nodes.attribute;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/** {@code del obj.name}. */
public final class DeleteAttributeNode extends StatementNode {

    @Child private ExpressionNode object;
    @Child private PyObjectDelAttrNode delAttr;

    public DeleteAttributeNode(ExpressionNode object, String name) {
        this.object = object;
        this.delAttr = PyObjectDelAttrNode.create(name);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        delAttr.execute(object.executeGeneric(frame));
    }
}
