package taipan.nodes.variable;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.runtime.function.PCell;

/**
 * On entry to a scope, puts a new cell into the slot of one of its cell variables (CPython's {@code MAKE_CELL}):
 * empty, or holding the argument when the variable is a parameter.
 */
public final class InitCellNode extends StatementNode {

    private final int slot;
    /** The parameter's value, or null for a variable that starts unbound. */
    @Child private ExpressionNode initial;

    public InitCellNode(int slot, ExpressionNode initial) {
        this.slot = slot;
        this.initial = initial;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(slot, new PCell(initial == null ? null : initial.executeGeneric(frame)));
    }
}
