package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;

/** A statement sequence in a generator body that can yield: a resumption restarts at the statement that yielded. */
public final class GeneratorBlockNode extends StatementNode {

    @Children private final StatementNode[] statements;
    /** Holds the index of the statement that yielded while the body is suspended. */
    private final int indexSlot;

    public GeneratorBlockNode(StatementNode[] statements, int indexSlot) {
        this.statements = statements;
        this.indexSlot = indexSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int start = GeneratorFrame.isResuming(frame) ? frame.getInt(indexSlot) : 0;
        for (int i = 0; i < statements.length; i++) {
            if (i >= start) {
                try {
                    statements[i].executeVoid(frame);
                } catch (YieldException e) {
                    frame.setInt(indexSlot, i);
                    throw e;
                }
            }
        }
    }
}
