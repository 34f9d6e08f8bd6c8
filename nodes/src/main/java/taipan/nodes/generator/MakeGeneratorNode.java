package taipan.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.generator.PGenerator;

/**
 * The whole body of a generator function once its parameters are bound: the call's frame becomes the generator's
 * (materialised) frame and the call returns the new generator, whose body has not started.
 */
public final class MakeGeneratorNode extends ExpressionNode {

    private final RootCallTarget body;
    private final String name;
    private final String qualname;

    public MakeGeneratorNode(RootCallTarget body, String name, String qualname) {
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        MaterializedFrame materialized = frame.materialize();
        PGenerator generator = new PGenerator(materialized, body, name, qualname);
        materialized.setObject(GeneratorFrame.GENERATOR_SLOT, generator);
        return generator;
    }
}
