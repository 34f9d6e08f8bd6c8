package taipan.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;
import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code match subject: case pattern if guard: body ...}: runs the body of the first case that matches. */
public final class MatchNode extends StatementNode {

    @Child private ExpressionNode subject;
    @Children private final PatternNode[] patterns;
    /** Per case, null without a guard. */
    @Children private final ExpressionNode[] guards;
    @Children private final StatementNode[] bodies;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    /** In a generator body whose cases yield: the slot holding the case that yielded; else -1. */
    private final int caseSlot;

    public MatchNode(ExpressionNode subject, PatternNode[] patterns, ExpressionNode[] guards, StatementNode[] bodies) {
        this(subject, patterns, guards, bodies, -1);
    }

    public MatchNode(ExpressionNode subject, PatternNode[] patterns, ExpressionNode[] guards, StatementNode[] bodies,
                    int caseSlot) {
        this.subject = subject;
        this.patterns = patterns;
        this.guards = guards;
        this.bodies = bodies;
        this.caseSlot = caseSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (caseSlot >= 0 && GeneratorFrame.isResuming(frame)) {
            int resumed = frame.getInt(caseSlot);
            for (int i = 0; i < bodies.length; i++) {
                if (i == resumed) {
                    runBody(frame, i);
                    return;
                }
            }
        }
        Object value = subject.executeGeneric(frame);
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].match(frame, value) && (guards[i] == null || isTrue.execute(guards[i].executeGeneric(frame)))) {
                runBody(frame, i);
                return;
            }
        }
    }

    private void runBody(VirtualFrame frame, int i) {
        if (caseSlot < 0) {
            bodies[i].executeVoid(frame);
            return;
        }
        try {
            bodies[i].executeVoid(frame);
        } catch (YieldException e) {
            frame.setInt(caseSlot, i);
            throw e;
        }
    }
}
