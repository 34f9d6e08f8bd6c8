package taipan.nodes.variable;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;

/** A module-level store in code run by {@code exec} ({@code STORE_NAME}): into the locals mapping, else the globals. */
public final class WriteNameNode extends StatementNode implements WriteNode {

    private final int namespaceSlot;
    private final TruffleString name;
    /** Null when the caller passes the value ({@link WriteNode}). */
    @Child private ExpressionNode value;
    @Child private WriteGlobalNode writeGlobal;
    private final ConditionProfile hasNamespace = ConditionProfile.create();

    public WriteNameNode(int namespaceSlot, TruffleString name, ExpressionNode value) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.value = value;
        this.writeGlobal = WriteGlobalNodeGen.create(null, name);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        Object namespace = frame.getObject(namespaceSlot);
        if (hasNamespace.profile(namespace != null)) {
            NamespaceAccess.put(this, namespace, name, newValue);
        } else {
            writeGlobal.executeWrite(frame, newValue);
        }
    }
}
