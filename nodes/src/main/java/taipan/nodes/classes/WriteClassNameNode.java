package taipan.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;

/** A name stored in a class body: into the class namespace. */
public final class WriteClassNameNode extends StatementNode implements WriteNode {

    private final int namespaceSlot;
    private final String name;
    /** Null when the caller passes the value ({@link WriteNode}). */
    @Child private ExpressionNode value;

    public WriteClassNameNode(int namespaceSlot, String name, ExpressionNode value) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        ClassNamespaces.put(this, frame.getObject(namespaceSlot), name, newValue);
    }
}
