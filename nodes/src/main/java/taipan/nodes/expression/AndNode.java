package taipan.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.control.DeferringConditionProfile;
import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code a and b and ...}: the first false operand, else the last one. */
public final class AndNode extends ExpressionNode {

    @Children private final ExpressionNode[] operands;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    /** Whether each operand but the last ended the evaluation: an operand never reached only deoptimises. */
    @CompilationFinal(dimensions = 1) private final DeferringConditionProfile[] decided;

    public AndNode(ExpressionNode[] operands) {
        this.operands = operands;
        this.decided = DeferringConditionProfile.createArray(operands.length - 1);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object value = null;
        for (int i = 0; i < operands.length; i++) {
            value = operands[i].executeGeneric(frame);
            if (i < operands.length - 1 && decided[i].profile(!isTrue.execute(value))) {
                return value;
            }
        }
        return value;
    }
}
