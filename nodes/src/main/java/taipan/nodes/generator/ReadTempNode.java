package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** Reads a hidden object slot that the enclosing node filled (the awaitable an {@code async with} awaits). */
public final class ReadTempNode extends ExpressionNode {

    private final int slot;

    public ReadTempNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
