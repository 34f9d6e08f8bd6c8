package taipan.nodes.variable;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/** {@code name = value} for a variable that lives in a cell (CPython's {@code STORE_DEREF}). */
public final class WriteCellNode extends StatementNode implements WriteNode {

    private final int slot;
    /** Null when the caller passes the value ({@link #executeWrite}). */
    @Child private ExpressionNode value;

    public WriteCellNode(int slot, ExpressionNode value) {
        this.slot = slot;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        ReadCellObjectNode.cellAt(frame, slot).set(newValue);
    }
}
