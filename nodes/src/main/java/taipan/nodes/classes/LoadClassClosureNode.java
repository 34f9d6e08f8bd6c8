package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;

/** On entry to a class body, copies the cells it closes over (its third frame argument) into their slots. */
public final class LoadClassClosureNode extends StatementNode {

    @CompilationFinal(dimensions = 1) private final int[] slots;

    public LoadClassClosureNode(int[] slots) {
        this.slots = slots;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object[] closure = (Object[]) frame.getArguments()[2];
        for (int i = 0; i < slots.length; i++) {
            frame.setObject(slots[i], closure[i]);
        }
    }
}
