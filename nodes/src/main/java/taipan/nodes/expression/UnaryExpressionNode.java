package taipan.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** {@code OP operand}: evaluates the operand, then applies the operation. */
public final class UnaryExpressionNode extends ExpressionNode {

    @Child private ExpressionNode operand;
    @Child private UnaryOpNode operation;

    public UnaryExpressionNode(ExpressionNode operand, UnaryOpNode operation) {
        this.operand = operand;
        this.operation = operation;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return operation.execute(operand.executeGeneric(frame));
    }
}
