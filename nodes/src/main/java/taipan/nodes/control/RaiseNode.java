package taipan.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code raise exc [from cause]}: an exception class is instantiated with no arguments first. */
public final class RaiseNode extends StatementNode {

    private static final Object[] NONE = new Object[0];

    @Child private ExpressionNode exception;
    /** Null without {@code from}; the cause is evaluated (its effects happen) but not yet recorded. */
    @Child private ExpressionNode cause;
    @Child private CallDispatchNode instantiate = CallDispatchNode.create();

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = exception.executeGeneric(frame);
        if (cause != null) {
            cause.executeGeneric(frame);
        }
        if (value instanceof PythonClass cls && cls.isSubclassOf(baseException(cls))) {
            value = instantiate.execute(cls, NONE, NONE);
        }
        if (value instanceof PBaseException e) {
            throw new PException(e, this);
        }
        CompilerDirectives.transferToInterpreter();
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.EXCEPTIONS_MUST_DERIVE_FROM_BASE_EXCEPTION);
    }

    private static PythonClass baseException(PythonClass cls) {
        PythonClass[] mro = cls.getMro();
        for (PythonClass c : mro) {
            if (c.getBuiltinType() == BuiltinType.BASE_EXCEPTION) {
                return c;
            }
        }
        return null;
    }
}
