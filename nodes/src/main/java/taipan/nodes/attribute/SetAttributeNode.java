package taipan.nodes.attribute;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;

/** {@code obj.name = value}: the object is evaluated after the value, as CPython does. */
public final class SetAttributeNode extends StatementNode implements WriteNode {

    /** Null when the caller passes the value ({@link WriteNode}). */
    @Child private ExpressionNode value;
    @Child private ExpressionNode object;
    @Child private PyObjectSetAttrNode setAttr;

    public SetAttributeNode(ExpressionNode object, String name, ExpressionNode value) {
        this.object = object;
        this.value = value;
        this.setAttr = PyObjectSetAttrNode.create(name);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        setAttr.execute(object.executeGeneric(frame), newValue);
    }
}
