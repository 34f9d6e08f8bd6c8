package taipan.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.runtime.function.PCell;

/** The cells a new function or class body captures from this frame, as a {@code PCell[]}. */
public final class CellArrayNode extends ExpressionNode {

    @Children private final ExpressionNode[] cells;

    public CellArrayNode(ExpressionNode[] cells) {
        this.cells = cells;
    }

    @Override
    @ExplodeLoop
    public PCell[] executeGeneric(VirtualFrame frame) {
        PCell[] result = new PCell[cells.length];
        for (int i = 0; i < cells.length; i++) {
            result[i] = (PCell) cells[i].executeGeneric(frame);
        }
        return result;
    }
}
