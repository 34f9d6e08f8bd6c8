package taipan.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags.ExpressionTag;
import com.oracle.truffle.api.instrumentation.Tag;

/** An expression of the executable tree: evaluates to a Python value (see DESIGN §5 for the Java types). */
@GenerateWrapper
public abstract class ExpressionNode extends PythonSourceNode implements InstrumentableNode {

    public abstract Object executeGeneric(VirtualFrame frame);

    @Override
    public boolean isInstrumentable() {
        return hasSourceSection();
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new ExpressionNodeWrapper(this, probe);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ExpressionTag.class;
    }
}
