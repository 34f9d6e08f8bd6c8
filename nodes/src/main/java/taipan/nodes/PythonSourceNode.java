package taipan.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import taipan.runtime.debug.DebugScopes;

/**
 * A node that knows where it stands in the source: two ints, turned into a {@link SourceSection} only when asked
 * (tracebacks, instruments), through the root's source. Debuggers see the variables in scope at it through
 * {@link NodeLibrary} (answered by {@link DebugScopes}, off every fast path).
 */
@ExportLibrary(NodeLibrary.class)
public abstract class PythonSourceNode extends Node {

    private static final int NO_SOURCE = -1;

    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;
    /** A statement of the program's text (not a synthetic or part-of-a-statement node): debuggers stop here. */
    private boolean sourceStatement;

    public final void setSourceSection(int charIndex, int length) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    /** Gives {@code other} this node's place in the source (before either is adopted by a root). */
    public final void copySourceTo(PythonSourceNode other) {
        other.sourceCharIndex = sourceCharIndex;
        other.sourceLength = sourceLength;
        other.sourceStatement = sourceStatement;
    }

    /** Marks this node as one statement of the source (the translator does, for each statement it translates). */
    public final void markSourceStatement() {
        this.sourceStatement = true;
    }

    public final boolean isSourceStatement() {
        return sourceStatement;
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

    @ExportMessage
    final boolean hasScope(@SuppressWarnings("unused") Frame frame) {
        return getRootNode() != null;
    }

    @ExportMessage
    final Object getScope(Frame frame, @SuppressWarnings("unused") boolean nodeEnter) throws UnsupportedMessageException {
        RootNode root = getRootNode();
        if (root == null) {
            throw UnsupportedMessageException.create();
        }
        return DebugScopes.scope(root, frame);
    }

    @ExportMessage
    final boolean hasRootInstance(Frame frame) {
        return DebugScopes.rootInstance(frame) != null;
    }

    @ExportMessage
    final Object getRootInstance(Frame frame) throws UnsupportedMessageException {
        Object instance = DebugScopes.rootInstance(frame);
        if (instance == null) {
            throw UnsupportedMessageException.create();
        }
        return instance;
    }

    @ExportMessage
    final boolean hasReceiverMember(Frame frame) {
        return DebugScopes.receiverName(frame) != null;
    }

    @ExportMessage
    final Object getReceiverMember(Frame frame) throws UnsupportedMessageException {
        String name = DebugScopes.receiverName(frame);
        if (name == null) {
            throw UnsupportedMessageException.create();
        }
        return name;
    }
}
