package taipan.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;

/**
 * {@code name}, {@code _} and {@code pattern as name}: matches what the inner pattern matches (anything without one)
 * and binds the subject to the name, if any.
 */
public final class CapturePatternNode extends PatternNode {

    /** Null for a bare capture or the wildcard. */
    @Child private PatternNode pattern;
    /** Null for the wildcard {@code _}; else a {@link WriteNode}. */
    @Child private StatementNode bind;

    public CapturePatternNode(PatternNode pattern, StatementNode bind) {
        this.pattern = pattern;
        this.bind = bind;
    }

    @Override
    public boolean match(VirtualFrame frame, Object subject) {
        if (pattern != null && !pattern.match(frame, subject)) {
            return false;
        }
        if (bind != null) {
            ((WriteNode) bind).executeWrite(frame, subject);
        }
        return true;
    }
}
