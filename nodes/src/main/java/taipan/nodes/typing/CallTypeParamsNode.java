package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.call.CallDispatchNode;

/**
 * Runs a PEP 695 annotation scope: makes the hidden function holding the type parameters and calls it at once with
 * the values evaluated outside it (a generic function's defaults), as CPython's compiler does.
 */
public final class CallTypeParamsNode extends ExpressionNode {

    @Children private final ExpressionNode[] arguments;
    @Child private ExpressionNode makeFunction;
    @Child private CallDispatchNode call = CallDispatchNode.create();

    public CallTypeParamsNode(ExpressionNode[] arguments, ExpressionNode makeFunction) {
        this.arguments = arguments;
        this.makeFunction = makeFunction;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = evaluate(frame);
        Object function = makeFunction.executeGeneric(frame);
        return call.execute(function, values, new Object[0]);
    }

    @ExplodeLoop
    private Object[] evaluate(VirtualFrame frame) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].executeGeneric(frame);
        }
        return values;
    }
}
