package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.PException;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;

/**
 * {@code yield value}: suspends the body with the value. Reached again while resuming, it is the suspension point:
 * it evaluates to what {@code send()} passed in, or raises what {@code throw()}/{@code close()} did.
 */
public final class YieldNode extends ExpressionNode {

    /** Null for a bare {@code yield}. */
    @Child private ExpressionNode value;
    private final BranchProfile thrown = BranchProfile.create();

    public YieldNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PGenerator generator = GeneratorFrame.get(frame);
        if (generator.isResuming()) {
            generator.resumed();
            PException exception = generator.takeThrown();
            if (exception != null) {
                thrown.enter();
                throw exception;
            }
            return generator.takeSent();
        }
        throw new YieldException(value == null ? PNone.NONE : value.executeGeneric(frame));
    }
}
