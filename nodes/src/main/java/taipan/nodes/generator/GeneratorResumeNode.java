package taipan.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PCoroutine;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.type.BuiltinType;

/**
 * Runs a generator's body until its next yield: CPython's {@code gen_send_ex}. Returns the yielded value, or
 * {@link PyIterNextNode#EXHAUSTED} when the body returns. A direct call per body, so a consumer's loop can inline
 * the generator it drives.
 */
public abstract class GeneratorResumeNode extends Node {

    static final int CACHE_LIMIT = 3;

    /** @param thrown raised at the suspension point instead of sending {@code value}; null for none */
    public abstract Object execute(PGenerator generator, Object value, PException thrown);

    public static GeneratorResumeNode create() {
        return GeneratorResumeNodeGen.create();
    }

    @Specialization(guards = "generator.getResumeTarget() == cachedTarget", limit = "CACHE_LIMIT")
    Object doDirect(PGenerator generator, Object value, PException thrown,
                    @Cached("generator.getResumeTarget()") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        if (!enter(generator, value, thrown)) {
            return PyIterNextNode.EXHAUSTED;
        }
        try {
            return call.call(generator);
        } finally {
            generator.leave();
        }
    }

    @Specialization(replaces = "doDirect")
    Object doIndirect(PGenerator generator, Object value, PException thrown, @Cached IndirectCallNode call) {
        if (!enter(generator, value, thrown)) {
            return PyIterNextNode.EXHAUSTED;
        }
        try {
            return call.call(generator.getResumeTarget(), generator);
        } finally {
            generator.leave();
        }
    }

    /** Whether the body is to run; a finished generator raises what is thrown in, or reports exhaustion. */
    private boolean enter(PGenerator generator, Object value, PException thrown) {
        if (generator.isRunning()) {
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "%s already executing", generator.kindName());
        }
        if (generator.isFinished() && generator instanceof PCoroutine) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        }
        if (generator.isFinished() || (thrown != null && !generator.isStarted())) {
            // a finished generator's return value was reported once already
            generator.finish(taipan.runtime.object.PNone.NONE);
            if (thrown != null) {
                throw thrown;
            }
            return false;
        }
        generator.enter(value, thrown);
        return true;
    }
}
