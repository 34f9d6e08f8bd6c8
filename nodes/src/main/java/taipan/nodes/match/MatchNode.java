package taipan.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code match subject: case pattern if guard: body ...}: runs the body of the first case that matches. */
public final class MatchNode extends StatementNode {

    @Child private ExpressionNode subject;
    @Children private final PatternNode[] patterns;
    /** Per case, null without a guard. */
    @Children private final ExpressionNode[] guards;
    @Children private final StatementNode[] bodies;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

    public MatchNode(ExpressionNode subject, PatternNode[] patterns, ExpressionNode[] guards, StatementNode[] bodies) {
        this.subject = subject;
        this.patterns = patterns;
        this.guards = guards;
        this.bodies = bodies;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object value = subject.executeGeneric(frame);
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].match(frame, value) && (guards[i] == null || isTrue.execute(guards[i].executeGeneric(frame)))) {
                bodies[i].executeVoid(frame);
                return;
            }
        }
    }
}
