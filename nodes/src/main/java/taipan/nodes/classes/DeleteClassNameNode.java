package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.ClassNamespace;

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
        if (((ClassNamespace) frame.getObject(namespaceSlot)).remove(name) == null) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinType.NAME_ERROR, ErrorMessages.NAME_NOT_DEFINED, name);
        }
    }
}
