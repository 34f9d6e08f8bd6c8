package taipan.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;

/** {@code del name} in a class body (also the implicit one ending an {@code except ... as name:} clause there). */
public final class DeleteClassNameNode extends StatementNode {

    private final int namespaceSlot;
    private final String name;

    public DeleteClassNameNode(int namespaceSlot, String name) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        // the namespace is whatever __prepare__ returned: ClassNamespaces deletes through its __delitem__
        ClassNamespaces.delete(this, frame.getObject(namespaceSlot), name);
    }
}
