package taipan.nodes.variable;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;

/**
 * A module-level name read in code run by {@code exec}/{@code eval} (CPython's {@code LOAD_NAME}): the locals
 * mapping when the call passed one, then the globals and builtins.
 */
public final class ReadNameNode extends ExpressionNode {

    private final int namespaceSlot;
    private final TruffleString name;
    @Child private ExpressionNode readGlobal;
    private final ConditionProfile hasNamespace = ConditionProfile.create();

    public ReadNameNode(int namespaceSlot, TruffleString name, ExpressionNode readGlobal) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.readGlobal = readGlobal;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object namespace = frame.getObject(namespaceSlot);
        if (hasNamespace.profile(namespace != null)) {
            Object value = NamespaceAccess.get(this, namespace, name);
            if (value != null) {
                return value;
            }
        }
        return readGlobal.executeGeneric(frame);
    }
}
