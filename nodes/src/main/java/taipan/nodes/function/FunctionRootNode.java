package taipan.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import taipan.language.PythonContext;
import taipan.language.PythonThreadState;
import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * The call target of a Python function. Its frame holds the globals (from the function object, the first frame
 * argument) and the locals in slots; the body starts by storing the parameters into their slots. Each call counts
 * one level of Python recursion, bounded by {@code sys.getrecursionlimit()}.
 */
public final class FunctionRootNode extends RootNode {

    /** Whether its frames are traceback entries (counted on the exception as it unwinds out of them). */
    private final boolean inTraceback;

    private final String name;
    /** {@code __qualname__}: what debuggers and profilers name the frame ({@link #getQualifiedName()}). */
    private final String qualname;
    private final SourceSection sourceSection;
    @Child private StatementNode body;
    private final BranchProfile returned = BranchProfile.create();

    public FunctionRootNode(TaipanLanguage language, FrameDescriptor descriptor, String name, StatementNode body,
                    SourceSection sourceSection) {
        this(language, descriptor, name, name, body, sourceSection);
    }

    public FunctionRootNode(TaipanLanguage language, FrameDescriptor descriptor, String name, String qualname,
                    StatementNode body, SourceSection sourceSection) {
        super(language, descriptor);
        this.name = name;
        this.qualname = qualname;
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
        PythonThreadState state = getLanguage(TaipanLanguage.class).threadState();
        // the module's frame counts too, as in CPython: limit N allows N - 1 nested function calls
        if (state.enter() >= PythonContext.get(this).getRecursionLimit()) {
            state.exit();
            throw recursionError();
        }
        try {
            PythonFrame.setGlobals(frame, ((PFunction) frame.getArguments()[0]).getGlobals());
            Object result = body.runTail(frame);
            if (result != null) {
                return result;
            }
        } catch (ReturnException e) {
            returned.enter();
            return e.getValue();
        } catch (StackOverflowError e) {
            // Java's stack ran out before the recursion limit: Python code sees the same RecursionError.
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        } finally {
            state.exit();
        }
        return PNone.NONE;
    }

    @TruffleBoundary
    private RuntimeException recursionError() {
        return PythonErrors.raise(this, BuiltinType.RECURSION_ERROR, ErrorMessages.MAXIMUM_RECURSION);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getQualifiedName() {
        return qualname;
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
