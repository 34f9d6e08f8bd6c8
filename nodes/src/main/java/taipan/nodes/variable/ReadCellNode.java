package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/**
 * Reads a variable that lives in a cell (CPython's {@code LOAD_DEREF}): the frame slot holds the cell, created on
 * entry for the scope's own cell variables, taken from the closure for free ones. An empty cell raises CPython's
 * {@code UnboundLocalError} or {@code NameError}.
 */
public final class ReadCellNode extends ExpressionNode {

    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = ReadCellObjectNode.cellAt(frame, slot).get();
        if (value == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw unbound(this, frame.materialize(), name, free);
        }
        return value;
    }

    static RuntimeException unbound(ExpressionNode location, com.oracle.truffle.api.frame.MaterializedFrame frame,
                    String name, boolean free) {
        if (free) {
            return NameErrors.raise(location, frame, ErrorMessages.FREE_VARIABLE_UNBOUND, name);
        }
        return PythonErrors.raise(location, BuiltinType.UNBOUND_LOCAL_ERROR, ErrorMessages.UNBOUND_LOCAL, name);
    }
}
