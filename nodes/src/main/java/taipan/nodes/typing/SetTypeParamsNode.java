package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.function.PFunction;

/** A generic function's {@code __type_params__} set right after it is made (CPython's {@code INTRINSIC_SET_FUNCTION_TYPE_PARAMS}). */
public final class SetTypeParamsNode extends ExpressionNode {

    @Child private ExpressionNode function;
    @Child private ExpressionNode typeParams;

    public SetTypeParamsNode(ExpressionNode function, ExpressionNode typeParams) {
        this.function = function;
        this.typeParams = typeParams;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PFunction f = (PFunction) function.executeGeneric(frame);
        f.setTypeParams(typeParams.executeGeneric(frame));
        return f;
    }
}
