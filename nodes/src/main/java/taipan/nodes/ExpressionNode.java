package taipan.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * An expression of the executable tree: evaluates to a Python value (see DESIGN §5 for the Java types). Only calls
 * carry tags ({@code CallTag}, {@code ExpressionTag}): other expressions sit in fields of their own types, where
 * a wrapper would not fit.
 */
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
        return false;
    }
}
