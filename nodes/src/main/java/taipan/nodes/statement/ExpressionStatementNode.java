package taipan.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/** An expression evaluated for its effect; the value is dropped. */
public final class ExpressionStatementNode extends StatementNode {

    @Child private ExpressionNode expression;

    public ExpressionStatementNode(ExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.executeGeneric(frame);
    }
}
