package taipan.nodes.subscript;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSlice;

/** {@code lower:upper:step} inside a subscript: a new {@link PSlice}; missing parts are None. */
public final class SliceNode extends ExpressionNode {

    @Child private ExpressionNode lower;
    @Child private ExpressionNode upper;
    @Child private ExpressionNode step;

    /** Each part may be null (absent). */
    public SliceNode(ExpressionNode lower, ExpressionNode upper, ExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object start = lower == null ? PNone.NONE : lower.executeGeneric(frame);
        Object stop = upper == null ? PNone.NONE : upper.executeGeneric(frame);
        Object st = step == null ? PNone.NONE : step.executeGeneric(frame);
        return new PSlice(start, stop, st);
    }
}
