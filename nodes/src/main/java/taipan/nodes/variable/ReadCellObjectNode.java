package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.function.PCell;

/** The cell object itself in a slot (CPython's {@code LOAD_CLOSURE}), for the closure of a function being made. */
public final class ReadCellObjectNode extends ExpressionNode {

    private final int slot;

    public ReadCellObjectNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return cellAt(frame, slot);
    }

    /**
     * The cell in {@code slot}, made (empty) if the scope's entry has not put one there: a scope whose prologue does
     * not create its cells (comprehension and class bodies built elsewhere) still shares one cell per variable.
     */
    static PCell cellAt(VirtualFrame frame, int slot) {
        Object cell = frame.getObject(slot);
        if (cell == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            PCell created = new PCell();
            frame.setObject(slot, created);
            return created;
        }
        return (PCell) cell;
    }
}
