package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

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
    private final CountingConditionProfile profile = CountingConditionProfile.create();

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
            // The profiled condition must feed a branch directly: a profile result merged into a variable made
            // Graal fail every generator with an 'if' ("Wrong usage of branch probability injection").
            if (profile.profile(isTrue.execute(test.executeGeneric(frame)))) {
                taken = true;
            } else {
                taken = false;
            }
        }
        try {
            if (taken) {
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
