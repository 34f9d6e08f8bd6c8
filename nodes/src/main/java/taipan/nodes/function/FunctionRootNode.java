package taipan.nodes.function;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PNone;

/**
 * The call target of a Python function. Its frame holds the globals (from the function object, the first frame
 * argument) and the locals in slots; the body starts by storing the parameters into their slots.
 */
public final class FunctionRootNode extends RootNode {

    private final String name;
    private final SourceSection sourceSection;
    @Child private StatementNode body;
    private final BranchProfile returned = BranchProfile.create();

    public FunctionRootNode(TaipanLanguage language, FrameDescriptor descriptor, String name, StatementNode body,
                    SourceSection sourceSection) {
        super(language, descriptor);
        this.name = name;
        this.body = body;
        this.sourceSection = sourceSection;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonFrame.setGlobals(frame, ((PFunction) frame.getArguments()[0]).getGlobals());
        try {
            body.executeVoid(frame);
        } catch (ReturnException e) {
            returned.enter();
            return e.getValue();
        }
        return PNone.NONE;
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
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return "<function " + name + ">";
    }
}
