package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.object.PyObjectIsTrueNode;

/** One iteration of a {@code while} loop: test, then body; {@code break} ends the loop with {@link #BROKEN}. */
final class WhileRepeatingNode extends Node implements RepeatingNode {

    /** The loop's result when {@code break} ended it, so that {@code else} is skipped. */
    static final Object BROKEN = new Object();
    private static final Object FINISHED = new Object();

    @Child private ExpressionNode test;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    @Child private StatementNode body;
    private final BranchProfile continueTaken = BranchProfile.create();
    private final BranchProfile breakTaken = BranchProfile.create();

    WhileRepeatingNode(ExpressionNode test, StatementNode body) {
        this.test = test;
        this.body = body;
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
        throw new UnsupportedOperationException("executeRepeatingWithValue is the entry point");
    }

    @Override
    public Object executeRepeatingWithValue(VirtualFrame frame) {
        if (!isTrue.execute(test.executeGeneric(frame))) {
            return FINISHED;
        }
        try {
            body.executeVoid(frame);
        } catch (ContinueException e) {
            continueTaken.enter();
        } catch (BreakException e) {
            breakTaken.enter();
            return BROKEN;
        }
        return CONTINUE_LOOP_STATUS;
    }

    @Override
    public Object initialLoopStatus() {
        return CONTINUE_LOOP_STATUS;
    }

    @Override
    public boolean shouldContinue(Object returnValue) {
        return returnValue == CONTINUE_LOOP_STATUS;
    }
}
