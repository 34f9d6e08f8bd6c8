package taipan.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * A statement of the executable tree: run for its effect. The statements of the source text are tagged
 * {@link StatementTag} for debuggers and tracers; nodes that are only part of one (a {@code for} loop's target
 * write) are not, so they are never wrapped.
 */
@GenerateWrapper
public abstract class StatementNode extends PythonSourceNode implements InstrumentableNode {

    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Runs the statement as the last one of a function body: what a {@code return} there returns, or null when it
     * ends without one. A function's final {@code return} then returns without throwing a {@code ReturnException},
     * which costs the interpreter an unwind through the body's Java frames on every call (compiled code is alike).
     * Not named {@code execute...}: the DSL would take it for another executable type of every node, and an
     * instrumentation wrapper, which does not forward it, runs the statement through {@code executeVoid} instead.
     */
    public Object runTail(VirtualFrame frame) {
        executeVoid(frame);
        return null;
    }

    @Override
    public boolean isInstrumentable() {
        return hasSourceSection();
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new StatementNodeWrapper(this, probe);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StatementTag.class && isSourceStatement();
    }
}
