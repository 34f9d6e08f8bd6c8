package taipan.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PFunction;

/**
 * On entry to a function, copies the cells of its closure into the slots of its free variables (CPython's
 * {@code COPY_FREE_VARS}), so reads of free and cell variables look alike.
 */
public final class LoadClosureNode extends StatementNode {

    @CompilationFinal(dimensions = 1) private final int[] slots;

    public LoadClosureNode(int[] slots) {
        this.slots = slots;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        PCell[] closure = ((PFunction) frame.getArguments()[0]).getClosure();
        for (int i = 0; i < slots.length; i++) {
            frame.setObject(slots[i], closure[i]);
        }
    }
}
