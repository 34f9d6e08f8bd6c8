package taipan.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** A bare {@code raise}: re-raises the exception the enclosing {@code except} clause is handling. */
public final class ReraiseNode extends StatementNode {

    /** The enclosing handler's slot, or -1 outside any handler. */
    private final int caughtSlot;

    public ReraiseNode(int caughtSlot) {
        this.caughtSlot = caughtSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object caught = caughtSlot < 0 ? null : frame.getObject(caughtSlot);
        if (caught instanceof PException e) {
            e.markReraised();
            throw e;
        }
        CompilerDirectives.transferToInterpreter();
        // outside an except clause (a helper called from one): the exception the thread is handling, if any
        taipan.runtime.exception.PBaseException handled = taipan.runtime.exception.HandledExceptions.current(this);
        if (handled != null) {
            throw new PException(handled, this);
        }
        throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, ErrorMessages.NO_ACTIVE_EXCEPTION);
    }
}
