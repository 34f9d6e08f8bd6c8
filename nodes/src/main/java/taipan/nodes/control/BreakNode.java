package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;

/** {@code break}. */
public final class BreakNode extends StatementNode {

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
