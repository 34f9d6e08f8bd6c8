package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;
import taipan.runtime.exception.PException;

/** {@code try: body except ...: ... else: orelse}. Only Python exceptions are caught, never break/continue/return. */
public final class TryExceptNode extends StatementNode {

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    /** Null without {@code else}. */
    @Child private StatementNode orelse;

    public TryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        for (ExceptHandlerNode handler : handlers) {
            if (handler.matches(frame, e)) {
                handler.run(frame, e);
                return;
            }
        }
        throw e;
    }
}
