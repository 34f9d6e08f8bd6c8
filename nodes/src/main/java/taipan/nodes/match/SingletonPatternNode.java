package taipan.nodes.match;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code None}, {@code True} or {@code False} as a pattern: matches by identity ({@code subject is value}). */
public final class SingletonPatternNode extends PatternNode {

    /** {@code PNone.NONE} or a {@link Boolean}. */
    private final Object value;

    public SingletonPatternNode(Object value) {
        this.value = value;
    }

    @Override
    public boolean match(VirtualFrame frame, Object subject) {
        if (value instanceof Boolean b) {
            return subject instanceof Boolean s && s.booleanValue() == b.booleanValue();
        }
        return subject == value;
    }
}
