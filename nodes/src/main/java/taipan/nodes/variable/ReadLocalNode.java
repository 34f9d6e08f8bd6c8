package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/**
 * Reads a function's local variable from its frame slot: a {@code long} or {@code double} slot is read unboxed.
 * A slot never written holds null: {@code UnboundLocalError}.
 */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
public abstract class ReadLocalNode extends ExpressionNode {

    protected abstract int getSlot();

    protected abstract String getName();

    @Specialization(guards = "frame.isLong(getSlot())")
    long doLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isDouble(getSlot())")
    double doDouble(VirtualFrame frame) {
        return frame.getDouble(getSlot());
    }

    @Specialization(replaces = {"doLong", "doDouble"})
    Object doObject(VirtualFrame frame) {
        Object value;
        if (frame.isObject(getSlot())) {
            value = frame.getObject(getSlot());
        } else {
            CompilerDirectives.transferToInterpreter();
            value = frame.getValue(getSlot());
        }
        if (value == null) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinType.UNBOUND_LOCAL_ERROR, ErrorMessages.UNBOUND_LOCAL, getName());
        }
        return value;
    }
}
