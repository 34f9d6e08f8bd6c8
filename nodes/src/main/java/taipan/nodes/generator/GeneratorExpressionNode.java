package taipan.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.function.CellArrayNode;
import taipan.runtime.function.PCell;

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
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    private final FrameDescriptor descriptor;
    private final RootCallTarget body;
    private final int iteratorSlot;
    private final String qualname;
    /** The enclosing frame's cells this generator expression closes over, and their slots in its own frame. */
    @Child private CellArrayNode closure = new CellArrayNode(new ExpressionNode[0]);
    @CompilationFinal(dimensions = 1) private int[] freeSlots = new int[0];

    public GeneratorExpressionNode(ExpressionNode iterable, FrameDescriptor descriptor, RootCallTarget body,
                    int iteratorSlot, String qualname) {
        this.iterable = iterable;
        this.descriptor = descriptor;
        this.body = body;
        this.iteratorSlot = iteratorSlot;
        this.qualname = qualname;
    }

    /** Gives the generator expression its closure: the cells read here go into {@code slots} of its frame. */
    public GeneratorExpressionNode withClosure(ExpressionNode[] cells, int[] slots) {
        this.closure = insert(new CellArrayNode(cells));
        this.freeSlots = slots;
        return this;
    }

    @ExplodeLoop
    private void loadClosure(VirtualFrame frame, MaterializedFrame generatorFrame) {
        PCell[] cells = closure.executeGeneric(frame);
        for (int i = 0; i < freeSlots.length; i++) {
            generatorFrame.setObject(freeSlots[i], cells[i]);
        }
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object iterator = getIter.execute(iterable.executeGeneric(frame));
        MaterializedFrame generatorFrame = Truffle.getRuntime().createMaterializedFrame(frame.getArguments(),
                        descriptor);
        PythonFrame.setGlobals(generatorFrame, PythonFrame.getGlobals(frame));
        generatorFrame.setObject(iteratorSlot, iterator);
        loadClosure(frame, generatorFrame);
        PGenerator generator = new PGenerator(generatorFrame, body, "<genexpr>", qualname);
        generatorFrame.setObject(GeneratorFrame.GENERATOR_SLOT, generator);
        return generator;
    }
}
