package taipan.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/**
 * {@code while test: body else: orelse}. The loop is a Truffle {@link LoopNode}, so a long-running loop is compiled
 * on its own by on-stack replacement, even at module level.
 */
public final class WhileNode extends StatementNode {

    @Child private LoopNode loop;
    @Child private StatementNode orelse;

    /** {@code orelse} may be null. */
    public WhileNode(ExpressionNode test, StatementNode body, StatementNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(test, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object status = loop.execute(frame);
        if (status != WhileRepeatingNode.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}
