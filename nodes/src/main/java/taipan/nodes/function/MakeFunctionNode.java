package taipan.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.runtime.function.PCode;
import taipan.runtime.function.PFunction;

/** Executing {@code def}: evaluates the defaults and makes a function object over the (shared) code. */
public final class MakeFunctionNode extends ExpressionNode {

    private final PCode code;
    @Children private final ExpressionNode[] defaults;

    public MakeFunctionNode(PCode code, ExpressionNode[] defaults) {
        this.code = code;
        this.defaults = defaults;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            values[i] = defaults[i].executeGeneric(frame);
        }
        return new PFunction(code, PythonFrame.getGlobals(frame), values);
    }
}
