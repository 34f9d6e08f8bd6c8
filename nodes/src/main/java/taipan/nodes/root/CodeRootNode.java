package taipan.nodes.root;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.PException;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;

/**
 * The body of a code object made by {@code compile()} (modes {@code exec}, {@code eval}, {@code single}). Frame
 * arguments: the globals module, then the locals mapping or null (names then live in the globals). Returns the
 * expression's value in {@code eval} mode, else None.
 */
public final class CodeRootNode extends RootNode {

    /** Whether its frames are traceback entries (counted on the exception as it unwinds out of them). */
    private final boolean inTraceback;

    private final int namespaceSlot;
    private final String name;
    @Child private StatementNode body;
    @Child private ExpressionNode expression;
    private final SourceSection sourceSection;

    public CodeRootNode(TaipanLanguage language, FrameDescriptor descriptor, int namespaceSlot, StatementNode body,
                    ExpressionNode expression, SourceSection sourceSection) {
        super(language, descriptor);
        this.namespaceSlot = namespaceSlot;
        this.body = body;
        this.expression = expression;
        this.sourceSection = sourceSection;
        this.inTraceback = PException.countsInTraceback(sourceSection);
        this.name = "<module>";
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
        if (expression != null) {
            return expression.executeGeneric(frame);
        }
        body.executeVoid(frame);
        return PNone.NONE;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "<code " + (sourceSection == null ? "?" : sourceSection.getSource().getName()) + ">";
    }
}
