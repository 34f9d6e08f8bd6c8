package taipan.nodes.attribute;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.expression.BinaryOpNode;

/** {@code obj.name OP= value}: the object is evaluated once, then read, combined and written back. */
public final class AugmentedAttributeNode extends StatementNode {

    @Child private ExpressionNode object;
    @Child private ExpressionNode value;
    @Child private PyObjectGetAttrNode getAttr;
    @Child private BinaryOpNode operation;
    @Child private PyObjectSetAttrNode setAttr;

    public AugmentedAttributeNode(ExpressionNode object, String name, BinaryOpNode operation, ExpressionNode value) {
        this.object = object;
        this.value = value;
        this.operation = operation;
        this.getAttr = PyObjectGetAttrNode.create(name);
        this.setAttr = PyObjectSetAttrNode.create(name);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object target = object.executeGeneric(frame);
        Object current = getAttr.execute(target);
        Object result = operation.execute(current, value.executeGeneric(frame));
        setAttr.execute(target, result);
    }
}
