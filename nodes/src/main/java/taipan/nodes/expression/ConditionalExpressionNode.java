package taipan.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.control.DeferringConditionProfile;
import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code body if test else orelse}. */
public final class ConditionalExpressionNode extends ExpressionNode {

    @Child private ExpressionNode test;
    @Child private ExpressionNode body;
    @Child private ExpressionNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    private final DeferringConditionProfile profile = DeferringConditionProfile.create();

    public ConditionalExpressionNode(ExpressionNode test, ExpressionNode body, ExpressionNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(test.executeGeneric(frame)))) {
            return body.executeGeneric(frame);
        }
        return orelse.executeGeneric(frame);
    }
}
