package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.object.PTuple;

/** The implicit last base of a generic class, {@code Generic[*.type_params]} (CPython's {@code INTRINSIC_SUBSCRIPT_GENERIC}). */
public final class GenericBaseNode extends ExpressionNode {

    @Child private ExpressionNode typeParams;

    public GenericBaseNode(ExpressionNode typeParams) {
        this.typeParams = typeParams;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return GenericSupport.genericBase(this, (PTuple) typeParams.executeGeneric(frame));
    }
}
