package taipan.nodes.classes;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.PException;
import taipan.runtime.module.PythonModule;

/**
 * The call target of a class body. Frame arguments: the globals, then the {@code ClassNamespace} the body's names
 * are stored into (kept in a frame slot for the name nodes); returns the namespace.
 */
public final class ClassBodyRootNode extends RootNode {

    /** Whether its frames are traceback entries (counted on the exception as it unwinds out of them). */
    private final boolean inTraceback;

    private final String name;
    private final int namespaceSlot;
    private final SourceSection sourceSection;
    @Child private StatementNode body;

    public ClassBodyRootNode(TaipanLanguage language, FrameDescriptor descriptor, String name, int namespaceSlot,
                    StatementNode body, SourceSection sourceSection) {
        super(language, descriptor);
        this.name = name;
        this.namespaceSlot = namespaceSlot;
        this.body = body;
        this.sourceSection = sourceSection;
        this.inTraceback = PException.countsInTraceback(sourceSection);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return executeBody(frame);
        } catch (PException e) {
            if (inTraceback) {
                e.leftFrame(); // the traceback's frame count, kept as it unwinds (no stack walk when caught)
            }
            throw e;
        }
    }

    private Object executeBody(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        PythonFrame.setGlobals(frame, (PythonModule) arguments[0]);
        frame.setObject(namespaceSlot, arguments[1]);
        body.executeVoid(frame);
        return arguments[1];
    }

    /** The frame slot holding the class namespace while the body runs. */
    public int getNamespaceSlot() {
        return namespaceSlot;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String toString() {
        return "<class body " + name + ">";
    }
}
