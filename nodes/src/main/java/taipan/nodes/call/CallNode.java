package taipan.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.instrumentation.StandardTags.ExpressionTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.PException;

/**
 * {@code callee(arg, ..., name=value, ...)}: evaluates the callee, then the arguments left to right, and hands them
 * to {@link CallDispatchNode}, which binds them to the callee's signature.
 */
public final class CallNode extends ExpressionNode {

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    @Children private final ExpressionNode[] keywordValues;
    @Child private CallDispatchNode dispatch;

    public CallNode(ExpressionNode callee, ExpressionNode[] arguments, String[] keywordNames,
                    ExpressionNode[] keywordValues) {
        this.callee = callee;
        this.arguments = arguments;
        this.keywordValues = keywordValues;
        this.dispatch = CallDispatchNode.create(keywordNames);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object function = callee.executeGeneric(frame);
        Object[] positional = evaluate(frame, arguments);
        Object[] keywords = evaluate(frame, keywordValues);
        try {
            return dispatch.execute(function, positional, keywords);
        } catch (PException e) {
            e.passedCall(this); // the line of this frame's traceback entry, known without a stack walk
            throw e;
        }
    }

    @ExplodeLoop
    private static Object[] evaluate(VirtualFrame frame, ExpressionNode[] nodes) {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = nodes[i].executeGeneric(frame);
        }
        return values;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == CallTag.class || tag == ExpressionTag.class;
    }
}
