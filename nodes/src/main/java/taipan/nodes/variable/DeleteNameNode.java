package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** {@code del name} at module level in code run by {@code exec} ({@code DELETE_NAME}): the locals mapping first. */
public final class DeleteNameNode extends StatementNode {

    private final int namespaceSlot;
    private final TruffleString name;
    @Child private DeleteGlobalNode deleteGlobal;

    public DeleteNameNode(int namespaceSlot, TruffleString name) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.deleteGlobal = DeleteGlobalNodeGen.create(name);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object namespace = frame.getObject(namespaceSlot);
        if (namespace == null) {
            deleteGlobal.executeVoid(frame);
        } else if (!NamespaceAccess.delete(this, namespace, name)) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinType.NAME_ERROR, ErrorMessages.NAME_NOT_DEFINED, name);
        }
    }
}
