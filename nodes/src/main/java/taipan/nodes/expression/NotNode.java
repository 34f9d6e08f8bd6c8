package taipan.nodes.expression;

import taipan.nodes.object.PyObjectIsTrueNode;

/** {@code not a}: the negated truth value. */
public final class NotNode extends UnaryOpNode {

    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

    @Override
    public Object execute(Object operand) {
        return !isTrue.execute(operand);
    }
}
