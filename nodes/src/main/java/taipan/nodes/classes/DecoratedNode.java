package taipan.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.call.CallDispatchNode;

/** {@code @d1 @d2 class C: ...}: the decorators are evaluated first, then applied innermost first. */
public final class DecoratedNode extends ExpressionNode {

    @Children private final ExpressionNode[] decorators;
    @Children private final CallDispatchNode[] calls;
    @Child private ExpressionNode target;

    public DecoratedNode(ExpressionNode[] decorators, ExpressionNode target) {
        this.decorators = decorators;
        this.target = target;
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
        Object value = target.executeGeneric(frame);
        for (int i = decorators.length - 1; i >= 0; i--) {
            value = calls[i].execute(functions[i], new Object[]{value}, new Object[0]);
        }
        return value;
    }
}
