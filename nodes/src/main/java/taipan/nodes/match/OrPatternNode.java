package taipan.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code p1 | p2 | ...}: the first alternative that matches wins. */
public final class OrPatternNode extends PatternNode {

    @Children private final PatternNode[] alternatives;

    public OrPatternNode(PatternNode[] alternatives) {
        this.alternatives = alternatives;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object subject) {
        for (PatternNode alternative : alternatives) {
            if (alternative.match(frame, subject)) {
                return true;
            }
        }
        return false;
    }
}
