package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.control.BreakException;
import taipan.nodes.control.ContinueException;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.exception.PException;
import taipan.runtime.type.BuiltinType;

/**
 * {@code async for target in iterable: body else: orelse} in a coroutine (or async generator, or async
 * comprehension). Each iteration awaits {@code __anext__()}, which may suspend the body, as may the loop body: the
 * frame records which (0 the header's await, 1 the body, 2 the {@code else} clause, 3 an await in the iterable) so a resumption goes back there.
 * StopAsyncIteration from the awaited {@code __anext__()} ends the loop.
 */
public final class AsyncForNode extends StatementNode {

    private static final int IN_HEADER = 0;
    private static final int IN_BODY = 1;
    private static final int IN_ELSE = 2;
    private static final int IN_ITERABLE = 3;

    @Child private ExpressionNode iterable;
    @Child private AsyncIterNodes.GetAIterNode getAiter = AsyncIterNodes.GetAIterNode.create();
    @Child private YieldFromNode awaitNext;
    /** A {@link WriteNode}. */
    @Child private StatementNode target;
    @Child private StatementNode body;
    /** Null without {@code else}. */
    @Child private StatementNode orelse;
    private final int iteratorSlot;
    private final int stateSlot;
    private final BranchProfile broken = BranchProfile.create();

    public AsyncForNode(ExpressionNode iterable, StatementNode target, StatementNode body, StatementNode orelse,
                    int iteratorSlot, int awaitSlot, int stateSlot) {
        this.iterable = iterable;
        this.target = target;
        this.body = body;
        this.orelse = orelse;
        this.iteratorSlot = iteratorSlot;
        this.stateSlot = stateSlot;
        this.awaitNext = YieldFromNode.await(new AsyncIterNodes.CallAnextNode(iteratorSlot),
                        GetAwaitableNode.Origin.ANEXT, awaitSlot, -1);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = IN_ITERABLE;
        if (GeneratorFrame.isResuming(frame)) {
            state = frame.getInt(stateSlot);
        }
        if (state == IN_ITERABLE) {
            // an await in the iterable suspends here; it is evaluated again, its await resuming
            Object value;
            try {
                value = iterable.executeGeneric(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, IN_ITERABLE);
                throw e;
            }
            frame.setObject(iteratorSlot, getAiter.execute(value));
            state = IN_HEADER;
        }
        if (state == IN_ELSE) {
            runElse(frame);
            return;
        }
        if (state == IN_BODY && !runBody(frame)) {
            frame.setObject(iteratorSlot, null);
            return;
        }
        while (true) {
            Object item;
            try {
                item = awaitNext.executeGeneric(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, IN_HEADER);
                throw e;
            } catch (PException e) {
                if (GeneratorErrors.isInstance(this, e, BuiltinType.STOP_ASYNC_ITERATION)) {
                    break;
                }
                frame.setObject(iteratorSlot, null);
                throw e;
            }
            ((WriteNode) target).executeWrite(frame, item);
            if (!runBody(frame)) {
                frame.setObject(iteratorSlot, null);
                return;
            }
        }
        frame.setObject(iteratorSlot, null);
        runElse(frame);
    }

    /** The rest of one iteration; false after {@code break}. */
    private boolean runBody(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (YieldException e) {
            frame.setInt(stateSlot, IN_BODY);
            throw e;
        } catch (ContinueException e) {
            return true;
        } catch (BreakException e) {
            broken.enter();
            return false;
        }
        return true;
    }

    private void runElse(VirtualFrame frame) {
        if (orelse == null) {
            return;
        }
        try {
            orelse.executeVoid(frame);
        } catch (YieldException e) {
            frame.setInt(stateSlot, IN_ELSE);
            throw e;
        }
    }
}
