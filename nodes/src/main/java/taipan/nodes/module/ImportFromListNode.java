package taipan.nodes.module;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;

/** {@code from m import a, b as c}: imports {@code m} once, then reads and binds each name in order. */
public final class ImportFromListNode extends StatementNode {

    @Child private ExpressionNode module;
    @Children private final ImportFromNode[] reads;
    @Children private final StatementNode[] writes;

    /** Each of {@code writes} is a {@link WriteNode} whose value child is unused. */
    public ImportFromListNode(ExpressionNode module, ImportFromNode[] reads, StatementNode[] writes) {
        this.module = module;
        this.reads = reads;
        this.writes = writes;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object m = module.executeGeneric(frame);
        for (int i = 0; i < reads.length; i++) {
            ((WriteNode) writes[i]).executeWrite(frame, reads[i].execute(m));
        }
    }
}
