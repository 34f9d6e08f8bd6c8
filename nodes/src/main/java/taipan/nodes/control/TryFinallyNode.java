package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;

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
        } finally {
            finalbody.executeVoid(frame);
        }
    }
}
