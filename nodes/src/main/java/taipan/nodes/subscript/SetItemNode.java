package taipan.nodes.subscript;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;

/** {@code obj[key] = value}: the value is evaluated first, then the object and the key, as CPython does. */
public final class SetItemNode extends StatementNode implements WriteNode {

    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    /** Null when the caller passes the value ({@link WriteNode}). */
    @Child private ExpressionNode value;
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

    public SetItemNode(ExpressionNode object, ExpressionNode key, ExpressionNode value) {
        this.object = object;
        this.key = key;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object v) {
        Object obj = object.executeGeneric(frame);
        setItem.execute(obj, key.executeGeneric(frame), v);
    }
}
