package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;
import taipan.runtime.function.PCell;

/**
 * On entry to a class body, puts its cells into their slots: the closure's cells (frame argument 2, for names the
 * body or its methods take from enclosing functions) and the {@code __class__} cell (frame argument 3), which the
 * class statement fills with the new class for zero-argument {@code super()}.
 */
public final class LoadClassCellsNode extends StatementNode {

    /** Frame argument index of the closure cells and of the {@code __class__} cell. */
    public static final int CLOSURE_ARGUMENT = 2;
    public static final int CLASS_CELL_ARGUMENT = 3;

    @CompilationFinal(dimensions = 1) private final int[] freeSlots;
    /** The {@code __class__} cell's slot, or -1 when no method needs it. */
    private final int classCellSlot;

    public LoadClassCellsNode(int[] freeSlots, int classCellSlot) {
        this.freeSlots = freeSlots;
        this.classCellSlot = classCellSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        if (freeSlots.length > 0) {
            PCell[] closure = (PCell[]) arguments[CLOSURE_ARGUMENT];
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
        if (classCellSlot >= 0) {
            frame.setObject(classCellSlot, arguments[CLASS_CELL_ARGUMENT]);
        }
    }
}
