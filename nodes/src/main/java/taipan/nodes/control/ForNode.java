package taipan.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.iterator.PRange;
import taipan.runtime.iterator.PRangeIterator;

/**
 * {@code for target in iterable: body else: orelse}. The iterator lives in a hidden frame slot while the loop runs;
 * the loop is a {@link LoopNode}, compiled by on-stack replacement when long.
 */
public final class ForNode extends StatementNode {

    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;

    /** @param target a {@code WriteNode} with no value child; {@code orelse} may be null */
    public ForNode(ExpressionNode iterable, StatementNode target, StatementNode body, StatementNode orelse,
                    int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iteratorSlot));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        // range cannot be subclassed, so iter() of one is always a fresh range iterator; made here it is the loop's
        // own (it lives in the hidden slot only) and needs no atomic claim when other threads run
        Object iterator = value instanceof PRange range ? PRangeIterator.local(range) : getIter.execute(value);
        frame.setObject(iteratorSlot, iterator);
        Object status;
        try {
            status = loop.execute(frame);
        } finally {
            frame.setObject(iteratorSlot, null);
        }
        if (status != WhileRepeatingNode.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}
