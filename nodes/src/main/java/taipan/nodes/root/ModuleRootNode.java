package taipan.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.interop.InteropBoundary;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/**
 * Runs a module's body: in the module given as the call's argument (an import), or for a top-level evaluation (the
 * main script or an embedder's source) in {@code __main__}. The output buffer is flushed when the body finishes,
 * normally or not, so the program's output is out before an embedder or the launcher prints a traceback.
 */
public final class ModuleRootNode extends RootNode {

    /** Whether its frames are traceback entries (counted on the exception as it unwinds out of them). */
    private final boolean inTraceback;

    @Child private StatementNode body;
    private final SourceSection sourceSection;
    /** The slot of the last expression statement's value, or -1: an embedder's eval returns it. */
    private final int resultSlot;

    public ModuleRootNode(TaipanLanguage language, FrameDescriptor descriptor, StatementNode body,
                    SourceSection sourceSection, int resultSlot) {
        super(language, descriptor);
        this.body = body;
        this.sourceSection = sourceSection;
        this.resultSlot = resultSlot;
        this.inTraceback = PException.countsInTraceback(sourceSection);
    }

    /**
     * A traceback's module frame shows its globals ({@code f_globals}, {@code f_locals}), which the {@code traceback}
     * module's NameError suggestions read; a compiled module loop keeps its frame virtual.
     */
    @Override
    protected boolean isCaptureFramesForTrace(boolean compiledFrame) {
        return !compiledFrame;
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
        PythonContext context = PythonContext.get(this);
        Object[] arguments = frame.getArguments();
        boolean topLevel = arguments.length == 0;
        PythonFrame.setGlobals(frame, !topLevel ? (PythonModule) arguments[0]
                        : isInternalSource() ? context.getMainModule() : context.startMainScript(scriptPath()));
        try {
            body.executeVoid(frame);
            if (topLevel) {
                ThreadShutdown.waitForThreads(this, context);
            }
        } catch (PException e) {
            if (topLevel) {
                reportSystemExit(context, e);
                ThreadShutdown.waitForThreads(this, context);
            }
            throw e;
        } catch (StackOverflowError e) {
            // Python recursion has no depth counter yet: the Java stack's end stands for sys.getrecursionlimit().
            throw PythonErrors.raise(this, BuiltinType.RECURSION_ERROR, ErrorMessages.MAXIMUM_RECURSION);
        } finally {
            context.getStdout().flush();
        }
        if (topLevel && resultSlot >= 0) {
            Object result = frame.getValue(resultSlot);
            return result == null ? PNone.NONE : InteropBoundary.toInterop(result);
        }
        return PNone.NONE;
    }

    /**
     * {@code SystemExit} with a code that is neither None nor an int prints the code to stderr, as CPython's
     * {@code handle_system_exit} does; the exit status (1) reaches the embedder through the exception.
     */
    @TruffleBoundary
    static void reportSystemExit(PythonContext context, PException e) {
        if (e.getPythonException().getType().getSolidBase() == BuiltinType.SYSTEM_EXIT) {
            Object code = e.exitCode();
            if (code != null && code != PNone.NONE && !(code instanceof Long) && !(code instanceof Boolean)) {
                context.getStdout().flush();
                context.getStderr().write(Repr.str(code) + "\n");
                context.getStderr().flush();
            }
        }
    }

    /** An embedder's internal source (the launcher's site step) runs in __main__ without being its main script. */
    private boolean isInternalSource() {
        return sourceSection != null && sourceSection.getSource().isInternal();
    }

    private String scriptPath() {
        return sourceSection == null ? null : sourceSection.getSource().getPath();
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
