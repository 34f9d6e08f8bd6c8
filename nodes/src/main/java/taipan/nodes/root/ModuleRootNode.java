package taipan.nodes.root;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;

/**
 * Runs a module's body in the {@code __main__} namespace. The output buffer is flushed when the body finishes,
 * normally or not, so the program's output is out before an embedder or the launcher prints a traceback.
 */
public final class ModuleRootNode extends RootNode {

    @Child private StatementNode body;
    private final SourceSection sourceSection;

    public ModuleRootNode(TaipanLanguage language, FrameDescriptor descriptor, StatementNode body,
                    SourceSection sourceSection) {
        super(language, descriptor);
        this.body = body;
        this.sourceSection = sourceSection;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonContext context = PythonContext.get(this);
        PythonFrame.setGlobals(frame, context.getMainModule());
        try {
            body.executeVoid(frame);
        } finally {
            context.getStdout().flush();
        }
        return taipan.runtime.object.PNone.NONE;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return "<module>";
    }

    @Override
    public String toString() {
        return "<module " + (sourceSection == null ? "?" : sourceSection.getSource().getName()) + ">";
    }
}
