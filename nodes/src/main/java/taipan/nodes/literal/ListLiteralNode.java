package taipan.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.runtime.object.PList;

/** {@code [a, b, ...]}: a new list of the evaluated elements. */
public final class ListLiteralNode extends ExpressionNode {

    @Children private final ExpressionNode[] elements;

    public ListLiteralNode(ExpressionNode[] elements) {
        this.elements = elements;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].executeGeneric(frame);
        }
        return new PList(values);
    }
}
