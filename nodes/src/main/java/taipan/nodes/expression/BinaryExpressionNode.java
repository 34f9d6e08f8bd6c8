package taipan.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;

import taipan.nodes.ExpressionNode;

/** {@code left OP right}: evaluates both operands, left first, then applies the operation. */
@NodeInfo(shortName = "binop")
public final class BinaryExpressionNode extends ExpressionNode {

    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    @Child private BinaryOpNode operation;

    public BinaryExpressionNode(ExpressionNode left, ExpressionNode right, BinaryOpNode operation) {
        this.left = left;
        this.right = right;
        this.operation = operation;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        Object r = right.executeGeneric(frame);
        return operation.execute(l, r);
    }
}
