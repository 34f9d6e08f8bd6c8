package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.type.BuiltinType;

/** {@code del name} for a variable that lives in a cell (CPython's {@code DELETE_DEREF}): empties the cell. */
public final class DeleteCellNode extends StatementNode {

    private final int slot;
    private final String name;
    private final boolean free;

    public DeleteCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PCell cell = ReadCellObjectNode.cellAt(frame, slot);
        if (cell.get() == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw free ? PythonErrors.raise(this, BuiltinType.NAME_ERROR, ErrorMessages.FREE_VARIABLE_UNBOUND, name)
                            : PythonErrors.raise(this, BuiltinType.UNBOUND_LOCAL_ERROR, ErrorMessages.UNBOUND_LOCAL,
                                            name);
        }
        cell.set(null);
    }
}
