package taipan.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.generator.PGenerator;

/**
 * {@code (elt for x in iterable ...)}: the first iterable is evaluated and {@code iter()}'d here, in the enclosing
 * scope; the generator gets a fresh frame of its own scope with that iterator as its {@code .0} parameter.
 */
public final class GeneratorExpressionNode extends ExpressionNode {

    @Child private ExpressionNode iterable;
    /** The cells of the enclosing scope's variables the generator reads, stored in its free variables' slots. */
    @Children private final ExpressionNode[] closure;
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;
    @Child private PyObjectGetIterNode getIter;
    /** An async generator expression's first iterable gives its {@code __aiter__()}; else null. */
    @Child private AsyncIterNodes.GetAIterNode getAiter;
    private final GeneratorKind kind;
    private final FrameDescriptor descriptor;
    private final RootCallTarget body;
    private final int iteratorSlot;
    private final String qualname;
    /** Its {@code gi_code}; set once by the translator. */
    @CompilationFinal private taipan.runtime.function.PCode code;

    public GeneratorExpressionNode(ExpressionNode iterable, ExpressionNode[] closure, int[] freeSlots,
                    FrameDescriptor descriptor, RootCallTarget body, int iteratorSlot, String qualname,
                    GeneratorKind kind, boolean asyncFirst) {
        this.iterable = iterable;
        this.kind = kind;
        this.getIter = asyncFirst ? null : PyObjectGetIterNode.create();
        this.getAiter = asyncFirst ? AsyncIterNodes.GetAIterNode.create() : null;
        this.closure = closure;
        this.freeSlots = freeSlots;
        this.descriptor = descriptor;
        this.body = body;
        this.iteratorSlot = iteratorSlot;
        this.qualname = qualname;
    }

    public void setCode(taipan.runtime.function.PCode code) {
        this.code = code;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object first = iterable.executeGeneric(frame);
        Object iterator = getIter != null ? getIter.execute(first) : getAiter.execute(first);
        MaterializedFrame generatorFrame = Truffle.getRuntime().createMaterializedFrame(frame.getArguments(),
                        descriptor);
        PythonFrame.setGlobals(generatorFrame, PythonFrame.getGlobals(frame));
        generatorFrame.setObject(iteratorSlot, iterator);
        for (int i = 0; i < freeSlots.length; i++) {
            generatorFrame.setObject(freeSlots[i], closure[i].executeGeneric(frame));
        }
        PGenerator generator = kind.create(generatorFrame, body, "<genexpr>", qualname);
        generator.setCode(code);
        generatorFrame.setObject(GeneratorFrame.GENERATOR_SLOT, generator);
        return generator;
    }
}
