package taipan.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;

/** {@code a = b = value}: the value is evaluated once and stored to each target, left to right. */
public final class AssignMultipleNode extends StatementNode {

    @Child private ExpressionNode value;
    @Children private final StatementNode[] targets;

    /** Each target is a {@link WriteNode}. */
    public AssignMultipleNode(ExpressionNode value, StatementNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        for (StatementNode target : targets) {
            ((WriteNode) target).executeWrite(frame, v);
        }
    }
}
