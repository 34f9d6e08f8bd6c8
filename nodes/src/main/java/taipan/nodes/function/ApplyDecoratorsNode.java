package taipan.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.call.CallDispatchNode;

/**
 * A decorated {@code def} or {@code class}: evaluates the decorator expressions top to bottom first, then the
 * definition, then calls the decorators on it bottom to top, as CPython does.
 */
public final class ApplyDecoratorsNode extends ExpressionNode {

    @Children private final ExpressionNode[] decorators;
    @Child private ExpressionNode definition;
    @Children private final CallDispatchNode[] calls;

    public ApplyDecoratorsNode(ExpressionNode[] decorators, ExpressionNode definition) {
        this.decorators = decorators;
        this.definition = definition;
        this.calls = new CallDispatchNode[decorators.length];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = CallDispatchNode.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] functions = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            functions[i] = decorators[i].executeGeneric(frame);
        }
        Object result = definition.executeGeneric(frame);
        for (int i = decorators.length - 1; i >= 0; i--) {
            result = calls[i].execute(functions[i], new Object[]{result}, EMPTY);
        }
        return result;
    }

    private static final Object[] EMPTY = new Object[0];
}
