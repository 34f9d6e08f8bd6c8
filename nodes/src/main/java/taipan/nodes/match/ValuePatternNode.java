package taipan.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.object.PyObjectIsTrueNode;

/** A literal or dotted-name pattern: matches a subject equal to the value ({@code subject == value}). */
public final class ValuePatternNode extends PatternNode {

    @Child private ExpressionNode value;
    @Child private PyObjectRichCompareNode equals = PyObjectRichCompareNode.create(ComparisonOp.EQ);
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

    public ValuePatternNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public boolean match(VirtualFrame frame, Object subject) {
        return isTrue.execute(equals.execute(subject, value.executeGeneric(frame)));
    }
}
