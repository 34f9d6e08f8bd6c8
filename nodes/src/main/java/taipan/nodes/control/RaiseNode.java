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
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code raise exc [from cause]} (CPython's {@code do_raise}): an exception class is instantiated with no arguments;
 * {@code from} sets {@code __cause__} (None included) and {@code __suppress_context__}.
 */
public final class RaiseNode extends StatementNode {

    private static final Object[] NONE = new Object[0];

    @Child private ExpressionNode exception;
    /** Null without {@code from}. */
    @Child private ExpressionNode cause;
    @Child private CallDispatchNode instantiate = CallDispatchNode.create();
    @Child private CallDispatchNode instantiateCause;

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
        this.instantiateCause = cause == null ? null : CallDispatchNode.create();
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PBaseException raised = toException(exception.executeGeneric(frame), instantiate, false);
        if (cause != null) {
            Object value = cause.executeGeneric(frame);
            if (value == PNone.NONE) {
                raised.setCause(null);
            } else {
                raised.setCause(toException(value, instantiateCause, true));
            }
        }
        throw new PException(raised, this);
    }

    /** The exception instance {@code value} stands for: itself, or its class called with no arguments. */
    private PBaseException toException(Object value, CallDispatchNode call, boolean isCause) {
        if (value instanceof PBaseException e) {
            return e;
        }
        if (value instanceof PythonClass cls && isExceptionClass(cls)) {
            Object instance = call.execute(cls, NONE, NONE);
            if (instance instanceof PBaseException e) {
                return e;
            }
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.SHOULD_HAVE_RETURNED_AN_EXCEPTION,
                            taipan.runtime.object.Repr.repr(cls), taipan.runtime.object.Repr.repr(
                                            taipan.runtime.object.PythonTypes.classOf(taipan.language.TaipanLanguage.get(this), instance)));
        }
        CompilerDirectives.transferToInterpreter();
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, isCause ? ErrorMessages.EXCEPTION_CAUSES_MUST_DERIVE
                        : ErrorMessages.EXCEPTIONS_MUST_DERIVE_FROM_BASE_EXCEPTION);
    }

    static boolean isExceptionClass(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            if (c.getBuiltinType() == BuiltinType.BASE_EXCEPTION) {
                return true;
            }
        }
        return false;
    }
}
