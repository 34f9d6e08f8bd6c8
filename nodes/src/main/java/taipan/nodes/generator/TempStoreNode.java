package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/** Evaluates an expression into a hidden object slot (a statement header that may suspend, evaluated first). */
public final class TempStoreNode extends StatementNode {

    @Child private ExpressionNode value;
    private final int slot;

    public TempStoreNode(ExpressionNode value, int slot) {
        this.value = value;
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(slot, value.executeGeneric(frame));
    }
}
