package taipan.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.runtime.object.PNone;

/** {@code return} and {@code return value}. */
public final class ReturnNode extends StatementNode {

    /** Null for a bare {@code return}. */
    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PNone.NONE : value.executeGeneric(frame));
    }

    @Override
    public Object runTail(VirtualFrame frame) {
        return value == null ? PNone.NONE : value.executeGeneric(frame);
    }
}
