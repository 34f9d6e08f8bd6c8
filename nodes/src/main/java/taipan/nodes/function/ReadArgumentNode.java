package taipan.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/**
 * Reads the value bound to parameter {@code index}. Frame arguments are the function object, then every
 * parameter's value as {@code ArgumentBinder} bound it (defaults already filled in).
 */
public final class ReadArgumentNode extends ExpressionNode {

    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[index + 1];
    }
}
