package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;
import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code if} in a generator body with a yield in a branch: a resumption re-enters the branch without the test. */
public final class GeneratorIfNode extends StatementNode {

    @Child private ExpressionNode test;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    /** Holds which branch yielded while the body is suspended. */
    private final int branchSlot;
    private final DeferringConditionProfile profile = DeferringConditionProfile.create();

    /** {@code orelse} may be null. */
    public GeneratorIfNode(ExpressionNode test, StatementNode body, StatementNode orelse, int branchSlot) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.branchSlot = branchSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean taken;
        if (GeneratorFrame.isResuming(frame)) {
            taken = frame.getBoolean(branchSlot);
        } else {
            taken = isTrue.execute(test.executeGeneric(frame));
        }
        try {
            // Profiled where it branches: a profiled value merged into a variable (which Graal canonicalises an
            // if/else of constants back into) fails the compilation ("Wrong usage of branch probability injection").
            if (profile.profile(taken)) {
                body.executeVoid(frame);
            } else if (orelse != null) {
                orelse.executeVoid(frame);
            }
        } catch (YieldException e) {
            frame.setBoolean(branchSlot, taken);
            throw e;
        }
    }
}
