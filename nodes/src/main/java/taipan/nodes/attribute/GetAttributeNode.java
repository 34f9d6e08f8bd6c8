package taipan.nodes.attribute;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;

/** {@code obj.name} as a value (a load); calls of the form {@code obj.name(...)} use {@code MethodCallNode}. */
public final class GetAttributeNode extends ExpressionNode {

    @Child private ExpressionNode object;
    @Child private PyObjectGetAttrNode getAttr;

    public GetAttributeNode(ExpressionNode object, String name) {
        this.object = object;
        this.getAttr = PyObjectGetAttrNode.create(name);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object receiver = object.executeGeneric(frame);
        try {
            return getAttr.execute(receiver);
        } catch (taipan.runtime.exception.PException e) {
            throw AttributeErrorContext.add(e, receiver, getAttr.getName());
        }
    }
}
