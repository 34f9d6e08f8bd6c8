package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;
import taipan.runtime.exception.PException;

/**
 * {@code try/except/else} in a generator body with a yield inside. The frame records which part yielded: the body
 * (0), handler {@code k} ({@code k + 1}) or the {@code else} clause (handlers + 1).
 */
public final class GeneratorTryExceptNode extends StatementNode {

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    /** Null without {@code else}. */
    @Child private StatementNode orelse;
    private final int stateSlot;

    public GeneratorTryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse,
                    int stateSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = GeneratorFrame.isResuming(frame) ? frame.getInt(stateSlot) : 0;
        if (state == 0) {
            try {
                body.executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, 0);
                throw e;
            } catch (PException e) {
                handle(frame, e);
                return;
            }
        } else if (state <= handlers.length) {
            resumeHandler(frame, state - 1);
            return;
        }
        if (orelse != null) {
            try {
                orelse.executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, handlers.length + 1);
                throw e;
            }
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        for (int k = 0; k < handlers.length; k++) {
            if (handlers[k].matches(frame, e)) {
                runHandler(frame, k, e);
                return;
            }
        }
        throw e;
    }

    @ExplodeLoop
    private void resumeHandler(VirtualFrame frame, int index) {
        for (int k = 0; k < handlers.length; k++) {
            if (k == index) {
                runHandler(frame, k, null);
                return;
            }
        }
    }

    /** @param e the exception to handle; null when resuming the handler after a yield */
    private void runHandler(VirtualFrame frame, int k, PException e) {
        try {
            handlers[k].runResumable(frame, e);
        } catch (YieldException y) {
            frame.setInt(stateSlot, k + 1);
            throw y;
        }
    }
}
