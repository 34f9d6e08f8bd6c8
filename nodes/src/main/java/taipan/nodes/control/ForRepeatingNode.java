package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import taipan.nodes.StatementNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.iterator.PRangeIterator;

/** One iteration of a {@code for} loop: next item into the target, then the body. */
final class ForRepeatingNode extends Node implements RepeatingNode {

    private static final Object FINISHED = new Object();

    @Child private PyIterNextNode next = PyIterNextNode.create();
    @Child private StatementNode target;
    @Child private StatementNode body;
    private final int iteratorSlot;
    private final BranchProfile continueTaken = BranchProfile.create();
    private final BranchProfile breakTaken = BranchProfile.create();

    ForRepeatingNode(StatementNode target, StatementNode body, int iteratorSlot) {
        this.target = target;
        this.body = body;
        this.iteratorSlot = iteratorSlot;
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
        throw new UnsupportedOperationException("executeRepeatingWithValue is the entry point");
    }

    @Override
    public Object executeRepeatingWithValue(VirtualFrame frame) {
        Object iterator = frame.getObject(iteratorSlot);
        if (iterator instanceof PRangeIterator range) {
            // Written directly, not through PyIterNextNode: a long merged with its EXHAUSTED marker would have to
            // be boxed, while one handed straight to the target's long store stays unboxed.
            long index = range.claim(taipan.language.TaipanLanguage.get(this).threadingMode());
            if (index < 0) {
                return FINISHED;
            }
            ((WriteNode) target).executeWrite(frame, range.valueAt(index));
        } else {
            Object item = next.execute(iterator);
            if (item == PyIterNextNode.EXHAUSTED) {
                return FINISHED;
            }
            ((WriteNode) target).executeWrite(frame, item);
        }
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
