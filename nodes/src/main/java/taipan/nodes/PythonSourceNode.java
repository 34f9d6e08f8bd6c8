package taipan.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A node that knows where it stands in the source: two ints, turned into a {@link SourceSection} only when asked
 * (tracebacks, instruments), through the root's source.
 */
public abstract class PythonSourceNode extends Node {

    private static final int NO_SOURCE = -1;

    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;

    public final void setSourceSection(int charIndex, int length) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    /** Gives {@code other} this node's place in the source (before either is adopted by a root). */
    public final void copySourceTo(PythonSourceNode other) {
        other.sourceCharIndex = sourceCharIndex;
        other.sourceLength = sourceLength;
    }

    public final boolean hasSourceSection() {
        return sourceCharIndex != NO_SOURCE;
    }

    @Override
    public SourceSection getSourceSection() {
        if (sourceCharIndex == NO_SOURCE) {
            return null;
        }
        RootNode root = getRootNode();
        SourceSection rootSection = root == null ? null : root.getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        return source.createSection(sourceCharIndex, sourceLength);
    }
}
