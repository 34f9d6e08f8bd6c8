package taipan.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/**
 * An expression evaluated for its effect; the value is dropped, except for a module's last statement, whose value
 * is kept in a frame slot: it is what an embedder's {@code context.eval} returns.
 */
public final class ExpressionStatementNode extends StatementNode {

    @Child private ExpressionNode expression;
    /** The frame slot that keeps the value, or -1 (a constant once compiled). */
    private final int resultSlot;

    public ExpressionStatementNode(ExpressionNode expression) {
        this(expression, -1);
    }

    private ExpressionStatementNode(ExpressionNode expression, int resultSlot) {
        this.expression = expression;
        this.resultSlot = resultSlot;
    }

    /** This statement (not yet adopted) as one that keeps its value in {@code slot}. */
    public ExpressionStatementNode keepingResult(int slot) {
        ExpressionStatementNode node = new ExpressionStatementNode(expression, slot);
        copySourceTo(node);
        return node;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = expression.executeGeneric(frame);
        if (resultSlot >= 0) {
            frame.setObject(resultSlot, value);
        }
    }
}
