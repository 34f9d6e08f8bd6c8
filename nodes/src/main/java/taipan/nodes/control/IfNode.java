package taipan.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code if test: body else: orelse}; {@code elif} is a nested {@code IfNode} in {@code orelse}. */
public final class IfNode extends StatementNode {

    @Child private ExpressionNode test;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    @Child private StatementNode body;
    @Child private StatementNode orelse;
    private final DeferringConditionProfile profile = DeferringConditionProfile.create();

    /** {@code orelse} may be null. */
    public IfNode(ExpressionNode test, StatementNode body, StatementNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(test.executeGeneric(frame)))) {
            body.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @Override
    public Object runTail(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(test.executeGeneric(frame)))) {
            return body.runTail(frame);
        }
        return orelse == null ? null : orelse.runTail(frame);
    }
}
