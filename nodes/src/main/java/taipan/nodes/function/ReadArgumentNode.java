package taipan.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import taipan.nodes.ExpressionNode;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PNone;

/**
 * Reads the value bound to parameter {@code index}; a parameter the caller left out takes the function's default.
 * Frame arguments are the function object, then the bound arguments.
 */
public final class ReadArgumentNode extends ExpressionNode {

    private final int index;
    /** Index of this parameter's default in the function's defaults, from the end: -1 if it has none. */
    private final int defaultFromEnd;
    private final BranchProfile defaulted = BranchProfile.create();

    public ReadArgumentNode(int index, int defaultFromEnd) {
        this.index = index;
        this.defaultFromEnd = defaultFromEnd;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        Object value = arguments[index + 1];
        if (value == PNone.NO_VALUE && defaultFromEnd >= 0) {
            defaulted.enter();
            Object[] defaults = ((PFunction) arguments[0]).getDefaults();
            return defaults[defaults.length - 1 - defaultFromEnd];
        }
        return value;
    }
}
