package taipan.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.function.CodeInfo;
import taipan.runtime.function.PFunction;
import taipan.runtime.generator.PGenerator;

/**
 * The whole body of a generator (or coroutine) function once its parameters are bound: the call's frame becomes the
 * generator's (materialised) frame and the call returns the new generator, whose body has not started.
 */
public final class MakeGeneratorNode extends ExpressionNode {

    /** CPython's {@code CO_ITERABLE_COROUTINE}, which {@code types.coroutine} sets on a generator function's code. */
    public static final int CO_ITERABLE_COROUTINE = 0x100;

    private final RootCallTarget body;
    private final String name;
    private final String qualname;
    private final GeneratorKind kind;

    public MakeGeneratorNode(RootCallTarget body, String name, String qualname, GeneratorKind kind) {
        this.body = body;
        this.name = name;
        this.qualname = qualname;
        this.kind = kind;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        MaterializedFrame materialized = frame.materialize();
        PGenerator generator = kind.create(materialized, body, name, qualname);
        if (frame.getArguments()[0] instanceof PFunction function) {
            generator.setCode(function.getCode());
            CodeInfo info = function.getCode().getInfo();
            generator.setLine(info == null ? 0 : info.firstLineNumber());
            if (kind == GeneratorKind.GENERATOR && info != null && (info.flags() & CO_ITERABLE_COROUTINE) != 0) {
                generator.setIterableCoroutine(true);
            }
        }
        materialized.setObject(GeneratorFrame.GENERATOR_SLOT, generator);
        return generator;
    }
}
