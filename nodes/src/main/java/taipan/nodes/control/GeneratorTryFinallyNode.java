package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import taipan.nodes.StatementNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;
import taipan.runtime.exception.PException;

/**
 * {@code try/finally} in a generator body with a yield inside. A yield in the body suspends without running the
 * final body; the exception or jump the final body interrupted waits in a frame slot across a yield in it.
 */
public final class GeneratorTryFinallyNode extends StatementNode {

    private static final int IN_FINALLY = 2;

    @Child private StatementNode body;
    @Child private StatementNode finalbody;
    private final int stateSlot;
    private final int pendingSlot;

    public GeneratorTryFinallyNode(StatementNode body, StatementNode finalbody, int stateSlot, int pendingSlot) {
        this.body = body;
        this.finalbody = finalbody;
        this.stateSlot = stateSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (GeneratorFrame.isResuming(frame) && frame.getInt(stateSlot) == IN_FINALLY) {
            runFinally(frame, (RuntimeException) frame.getObject(pendingSlot));
            return;
        }
        RuntimeException pending = null;
        try {
            body.executeVoid(frame);
        } catch (YieldException e) {
            frame.setInt(stateSlot, 1);
            throw e;
        } catch (PException | ControlFlowException e) {
            pending = e;
        }
        runFinally(frame, pending);
    }

    private void runFinally(VirtualFrame frame, RuntimeException pending) {
        frame.setObject(pendingSlot, pending);
        try {
            finalbody.executeVoid(frame);
        } catch (YieldException e) {
            frame.setInt(stateSlot, IN_FINALLY);
            throw e;
        }
        frame.setObject(pendingSlot, null);
        if (pending != null) {
            throw pending;
        }
    }
}
