package taipan.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.control.DeferringConditionProfile;
import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code a < b <= c}: each operand evaluated once, stopping at the first false comparison (its result). */
public final class CompareChainNode extends ExpressionNode {

    @Children private final ExpressionNode[] operands;
    @Children private final BinaryOpNode[] comparisons;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    /** Whether each comparison but the last ended the chain: a comparison never reached only deoptimises. */
    @CompilationFinal(dimensions = 1) private final DeferringConditionProfile[] decided;

    /** {@code operands} has one more element than {@code comparisons}. */
    public CompareChainNode(ExpressionNode[] operands, BinaryOpNode[] comparisons) {
        this.operands = operands;
        this.comparisons = comparisons;
        this.decided = DeferringConditionProfile.createArray(comparisons.length - 1);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object left = operands[0].executeGeneric(frame);
        Object result = null;
        for (int i = 0; i < comparisons.length; i++) {
            Object right = operands[i + 1].executeGeneric(frame);
            result = comparisons[i].execute(left, right);
            if (i < comparisons.length - 1 && decided[i].profile(!isTrue.execute(result))) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
