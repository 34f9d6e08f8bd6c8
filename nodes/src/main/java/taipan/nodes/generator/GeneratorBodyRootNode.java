package taipan.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import taipan.language.TaipanLanguage;
import taipan.nodes.StatementNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.function.ReturnException;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PAsyncGenerator;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * Runs (or resumes) a generator's body in the generator's materialised frame: returns the value yielded, or
 * {@link PyIterNextNode#EXHAUSTED} once the body has returned (the return value kept on the generator). The frame
 * argument is the generator.
 */
public final class GeneratorBodyRootNode extends RootNode {

    /** Whether its frames are traceback entries (counted on the exception as it unwinds out of them). */
    private final boolean inTraceback;

    private final String name;
    private final String qualname;
    private final SourceSection sourceSection;
    @Child private StatementNode body;

    public GeneratorBodyRootNode(TaipanLanguage language, String name, StatementNode body,
                    SourceSection sourceSection) {
        this(language, name, name, body, sourceSection);
    }

    /**
     * The body is wrapped in a root-body block (tagged for debuggers: each resumption enters the root again); the
     * wrapper only runs its one statement, so resuming is unchanged.
     */
    public GeneratorBodyRootNode(TaipanLanguage language, String name, String qualname, StatementNode body,
                    SourceSection sourceSection) {
        super(language, FrameDescriptor.newBuilder().build());
        this.name = name;
        this.qualname = qualname;
        BlockNode rootBody = new BlockNode(new StatementNode[]{body}, true);
        if (sourceSection != null) {
            rootBody.setSourceSection(sourceSection.getCharIndex(), sourceSection.getCharLength());
        }
        this.body = rootBody;
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
        PGenerator generator = (PGenerator) frame.getArguments()[0];
        MaterializedFrame bodyFrame = generator.getFrame();
        try {
            body.executeVoid(bodyFrame);
        } catch (YieldException e) {
            return e.getValue();
        } catch (ReturnException e) {
            generator.finish(e.getValue());
            return PyIterNextNode.EXHAUSTED;
        } catch (PException e) {
            generator.finish(PNone.NONE);
            throw stopIterationToRuntimeError(generator, e);
        }
        generator.finish(PNone.NONE);
        return PyIterNextNode.EXHAUSTED;
    }

    /**
     * PEP 479: a {@code StopIteration} escaping the body would silently end the consumer's loop (and a
     * {@code StopAsyncIteration} an async generator's consumer's).
     */
    private PException stopIterationToRuntimeError(PGenerator generator, PException e) {
        String stop;
        if (GeneratorErrors.isInstance(this, e, BuiltinType.STOP_ITERATION)) {
            stop = "StopIteration";
        } else if (generator instanceof PAsyncGenerator &&
                        GeneratorErrors.isInstance(this, e, BuiltinType.STOP_ASYNC_ITERATION)) {
            stop = "StopAsyncIteration";
        } else {
            return e;
        }
        CompilerDirectives.transferToInterpreter();
        PException error = PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "%s raised %s",
                        generator.kindName(), stop);
        error.getPythonException().setCause(e.getPythonException());
        error.getPythonException().setContext(e.getPythonException());
        return error;
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
        return "<generator " + name + ">";
    }
}
