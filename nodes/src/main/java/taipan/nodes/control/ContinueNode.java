package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;

/** {@code continue}. */
public final class ContinueNode extends StatementNode {

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
