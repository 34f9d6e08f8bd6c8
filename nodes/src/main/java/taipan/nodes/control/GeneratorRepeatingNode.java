package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.variable.WriteNode;

/**
 * One iteration of a {@code for} (next item into the target) or {@code while} (the test) loop in a generator body;
 * {@link #resumeBody} finishes an iteration that was suspended in its body.
 */
public final class GeneratorRepeatingNode extends Node implements RepeatingNode {

    private static final Object FINISHED = new Object();

    /** The {@code while} test; null for a {@code for}. */
    @Child private ExpressionNode test;
    @Child private PyObjectIsTrueNode isTrue;
    @Child private PyIterNextNode next;
    /** The {@code for} target, a {@link WriteNode}; null for a {@code while}. */
    @Child private StatementNode target;
    @Child private StatementNode body;
    private final int iteratorSlot;
    private final BranchProfile continueTaken = BranchProfile.create();
    private final BranchProfile breakTaken = BranchProfile.create();

    private GeneratorRepeatingNode(ExpressionNode test, StatementNode target, StatementNode body, int iteratorSlot) {
        this.test = test;
        this.isTrue = test == null ? null : PyObjectIsTrueNode.create();
        this.next = target == null ? null : PyIterNextNode.create();
        this.target = target;
        this.body = body;
        this.iteratorSlot = iteratorSlot;
    }

    public static GeneratorRepeatingNode forLoop(StatementNode target, StatementNode body, int iteratorSlot) {
        return new GeneratorRepeatingNode(null, target, body, iteratorSlot);
    }

    public static GeneratorRepeatingNode whileLoop(ExpressionNode test, StatementNode body) {
        return new GeneratorRepeatingNode(test, null, body, -1);
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
        throw new UnsupportedOperationException("executeRepeatingWithValue is the entry point");
    }

    @Override
    public Object executeRepeatingWithValue(VirtualFrame frame) {
        if (test != null) {
            if (!isTrue.execute(test.executeGeneric(frame))) {
                return FINISHED;
            }
        } else {
            Object item = next.execute(frame.getObject(iteratorSlot));
            if (item == PyIterNextNode.EXHAUSTED) {
                return FINISHED;
            }
            ((WriteNode) target).executeWrite(frame, item);
        }
        return resumeBody(frame);
    }

    /** Runs the body: the rest of this iteration; {@link WhileRepeatingNode#BROKEN} after {@code break}. */
    Object resumeBody(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (ContinueException e) {
            continueTaken.enter();
        } catch (BreakException e) {
            breakTaken.enter();
            return WhileRepeatingNode.BROKEN;
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
