package taipan.nodes.variable;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** The cell object itself in a slot (CPython's {@code LOAD_CLOSURE}), for the closure of a function being made. */
public final class ReadCellObjectNode extends ExpressionNode {

    private final int slot;

    public ReadCellObjectNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
