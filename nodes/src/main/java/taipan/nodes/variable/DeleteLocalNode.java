package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** {@code del name} for a function's local: unbinds the slot, or raises UnboundLocalError when it is not bound. */
public final class DeleteLocalNode extends StatementNode {

    private final int slot;
    private final String name;

    public DeleteLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (frame.getValue(slot) == null) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinType.UNBOUND_LOCAL_ERROR, ErrorMessages.UNBOUND_LOCAL, name);
        }
        // An unbound local is an object slot holding null: ReadLocalNode raises UnboundLocalError on it.
        frame.setObject(slot, null);
    }
}
