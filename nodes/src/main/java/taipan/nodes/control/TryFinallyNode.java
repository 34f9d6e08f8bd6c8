package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import taipan.nodes.StatementNode;
import taipan.runtime.exception.HandledExceptions;
import taipan.runtime.exception.PException;

/** {@code try: body finally: finalbody}: the final body runs however the body ends (exception, return, break). */
public final class TryFinallyNode extends StatementNode {

    @Child private StatementNode body;
    @Child private StatementNode finalbody;

    public TryFinallyNode(StatementNode body, StatementNode finalbody) {
        this.body = body;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            // While the final body runs, the exception in flight is the handled one: what it raises chains to it.
            HandledExceptions.push(this, e.getPythonException());
            try {
                finalbody.executeVoid(frame);
            } catch (PException replaced) {
                e.markCaught(this); // now the context of the new one: its traceback ends in this frame
                ExceptHandlerNode.endTraceback(this, e);
                throw replaced;
            } finally {
                HandledExceptions.pop(this);
            }
            throw e;
        } catch (ControlFlowException e) {
            finalbody.executeVoid(frame);
            throw e;
        }
        finalbody.executeVoid(frame);
    }
}
