package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;

/** {@code target := value}: stores the value where the target name lives and evaluates to it. */
public final class NamedExprNode extends ExpressionNode {

    @Child private ExpressionNode value;
    /** A {@link WriteNode} with no value child. */
    @Child private StatementNode target;

    public NamedExprNode(ExpressionNode value, StatementNode target) {
        this.value = value;
        this.target = target;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object result = value.executeGeneric(frame);
        ((WriteNode) target).executeWrite(frame, result);
        return result;
    }
}
