package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.PException;
import taipan.runtime.generator.AsyncGenWrappedValue;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;

/**
 * {@code yield value}: suspends the body with the value. Reached again while resuming, it is the suspension point:
 * it evaluates to what {@code send()} passed in, or raises what {@code throw()}/{@code close()} did.
 */
public final class YieldNode extends ExpressionNode {

    /** Null for a bare {@code yield}. */
    @Child private ExpressionNode value;
    /** Where the result is kept for replay in a statement with several yields; -1 for none. */
    private final int memoSlot;
    private final BranchProfile thrown = BranchProfile.create();
    /** In an async generator: the value is wrapped so its consumer tells it from what an {@code await} passes. */
    private final boolean inAsyncGenerator;

    public YieldNode(ExpressionNode value, int memoSlot) {
        this(value, memoSlot, false);
    }

    public YieldNode(ExpressionNode value, int memoSlot, boolean inAsyncGenerator) {
        this.value = value;
        this.memoSlot = memoSlot;
        this.inAsyncGenerator = inAsyncGenerator;
    }

    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private int line = -1;

    /** The line {@code gi_frame.f_lineno} reports while the body is suspended here. */
    private int line() {
        if (line < 0) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            line = GeneratorFrame.lineOf(this);
        }
        return line;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PGenerator generator = GeneratorFrame.get(frame);
        if (memoSlot >= 0 && frame.getObject(memoSlot) != null) {
            return frame.getObject(memoSlot);
        }
        if (generator.isResuming()) {
            generator.resumed();
            PException exception = generator.takeThrown();
            if (exception != null) {
                thrown.enter();
                throw exception.raisedAt(this);
            }
            Object sent = generator.takeSent();
            if (memoSlot >= 0) {
                frame.setObject(memoSlot, sent);
            }
            return sent;
        }
        Object result = value == null ? PNone.NONE : value.executeGeneric(frame);
        generator.setLine(line());
        throw new YieldException(inAsyncGenerator ? new AsyncGenWrappedValue(result) : result);
    }
}
