package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** The object in a hidden frame slot (a class body's namespace, put into its {@code __classdict__} cell). */
public final class ReadFrameObjectNode extends ExpressionNode {

    private final int slot;

    public ReadFrameObjectNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
