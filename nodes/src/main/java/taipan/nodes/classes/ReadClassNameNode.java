package taipan.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import taipan.nodes.ExpressionNode;

/** A name read in a class body (CPython's {@code LOAD_NAME}): the class namespace, then the globals and builtins. */
public final class ReadClassNameNode extends ExpressionNode {

    private final int namespaceSlot;
    private final String name;
    @Child private ExpressionNode readGlobal;
    private final ConditionProfile found = ConditionProfile.create();

    public ReadClassNameNode(int namespaceSlot, String name, ExpressionNode readGlobal) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.readGlobal = readGlobal;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = ClassNamespaces.get(this, frame.getObject(namespaceSlot), name);
        if (found.profile(value != null)) {
            return value;
        }
        return readGlobal.executeGeneric(frame);
    }
}
