package taipan.nodes.variable;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonTypeSystem;
import taipan.nodes.StatementNode;

/**
 * {@code name = value} for a function's local variable: the slot's kind follows the values stored (long, double,
 * else object), so int and float locals stay unboxed.
 */
@NodeChild(value = "value", type = ExpressionNode.class)
@NodeField(name = "slot", type = int.class)
@TypeSystemReference(PythonTypeSystem.class)
public abstract class WriteLocalNode extends StatementNode implements WriteNode {

    protected abstract int getSlot();

    /** Writes an already evaluated value (for {@code a = b = value}); the value child is then unused. */
    @Override
    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Specialization(guards = "isKind(frame, LONG)")
    void doLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
    }

    @Specialization(guards = "isKind(frame, DOUBLE)")
    void doDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
    }

    @Specialization(replaces = {"doLong", "doDouble"})
    void doObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
    }

    static final FrameSlotKind LONG = FrameSlotKind.Long;
    static final FrameSlotKind DOUBLE = FrameSlotKind.Double;

    /** The slot holds this kind, or nothing has been stored in it yet. */
    protected final boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(getSlot());
        return current == kind || current == FrameSlotKind.Illegal;
    }
}
