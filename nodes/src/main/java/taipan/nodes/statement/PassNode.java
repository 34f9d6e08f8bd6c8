package taipan.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;

/** {@code pass}: kept as a node so that debuggers can stop on it. */
public final class PassNode extends StatementNode {

    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}
