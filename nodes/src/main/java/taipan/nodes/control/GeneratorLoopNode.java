package taipan.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;
import taipan.nodes.iterator.PyObjectGetIterNode;

/**
 * {@code for} or {@code while} in a generator body with a yield inside. The loop stays a {@link LoopNode}
 * (compiled by on-stack replacement like any loop): a yield leaves it by exception, and a resumption first finishes
 * the suspended iteration outside the loop node, then re-enters it, so the loop itself never tests for resumption.
 */
public final class GeneratorLoopNode extends StatementNode {

    /** The iterable of a {@code for}; null for a {@code while}. */
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter;
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final GeneratorRepeatingNode repeating;
    private final int iteratorSlot;
    /** True while the body is suspended in the {@code else} clause. */
    private final int inElseSlot;

    public GeneratorLoopNode(ExpressionNode iterable, GeneratorRepeatingNode repeating, StatementNode orelse,
                    int iteratorSlot, int inElseSlot) {
        this.iterable = iterable;
        this.getIter = iterable == null ? null : PyObjectGetIterNode.create();
        this.repeating = repeating;
        this.loop = Truffle.getRuntime().createLoopNode(repeating);
        this.orelse = orelse;
        this.iteratorSlot = iteratorSlot;
        this.inElseSlot = inElseSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object status;
        if (GeneratorFrame.isResuming(frame)) {
            if (frame.getBoolean(inElseSlot)) {
                runElse(frame);
                return;
            }
            status = repeating.resumeBody(frame);
        } else {
            if (iterable != null) {
                frame.setObject(iteratorSlot, getIter.execute(iterable.executeGeneric(frame)));
            }
            status = RepeatingNode.CONTINUE_LOOP_STATUS;
        }
        if (status != WhileRepeatingNode.BROKEN) {
            try {
                status = loop.execute(frame);
            } catch (YieldException e) {
                frame.setBoolean(inElseSlot, false);
                throw e;
            }
        }
        if (iterable != null) {
            frame.setObject(iteratorSlot, null);
        }
        if (status != WhileRepeatingNode.BROKEN && orelse != null) {
            runElse(frame);
        }
    }

    private void runElse(VirtualFrame frame) {
        try {
            orelse.executeVoid(frame);
        } catch (YieldException e) {
            frame.setBoolean(inElseSlot, true);
            throw e;
        }
    }
}
