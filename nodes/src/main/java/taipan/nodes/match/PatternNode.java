package taipan.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** One pattern of a {@code match} statement: tests a subject and binds the pattern's names when it matches. */
public abstract class PatternNode extends Node {

    public abstract boolean match(VirtualFrame frame, Object subject);
}
