package taipan.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import taipan.nodes.ExpressionNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;
import taipan.nodes.StatementNode;
import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.object.GetClassNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.HandledExceptions;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * One item of {@code with manager as target: body} (several items nest). {@code __enter__} and {@code __exit__} are
 * looked up on the manager's type, as CPython's {@code BEFORE_WITH} does; {@code __exit__} gets the exception that
 * ends the body, which it suppresses by returning a true value, or three Nones however else the body ends.
 */
public final class WithNode extends StatementNode {

    @Child private ExpressionNode manager;
    /** Null without {@code as}; else a {@link WriteNode}. */
    @Child private StatementNode target;
    @Child private StatementNode body;
    @Child private GetClassNode getClass = GetClassNode.create();
    @Child private LookupInMroNode lookupEnter = LookupInMroNode.create("__enter__");
    @Child private LookupInMroNode lookupExit = LookupInMroNode.create("__exit__");
    @Child private ManagerCallNode callEnter;
    @Child private ManagerCallNode callExit;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    /** In a generator body with a yield inside: slots keeping the manager and its __exit__ while suspended; else -1. */
    private final int managerSlot;
    private final int exitSlot;

    public WithNode(ExpressionNode manager, StatementNode target, StatementNode body) {
        this(manager, target, body, -1, -1);
    }

    public WithNode(ExpressionNode manager, StatementNode target, StatementNode body, int managerSlot, int exitSlot) {
        this.manager = manager;
        this.callEnter = new ManagerCallNode(manager);
        this.callExit = new ManagerCallNode(manager);
        this.target = target;
        this.body = body;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (managerSlot >= 0 && GeneratorFrame.isResuming(frame)) {
            run(frame, frame.getObject(managerSlot), frame.getObject(exitSlot), null);
            return;
        }
        Object mgr = manager.executeGeneric(frame);
        PythonClass type = getClass.execute(mgr);
        Object enter = lookupEnter.execute(type);
        if (enter == null) {
            throw notAContextManager(mgr, ErrorMessages.NOT_A_CONTEXT_MANAGER);
        }
        Object exit = lookupExit.execute(type);
        if (exit == null) {
            throw notAContextManager(mgr, ErrorMessages.NOT_A_CONTEXT_MANAGER_MISSED_EXIT);
        }
        Object value = callEnter.execute(enter, new Object[]{mgr});
        if (managerSlot >= 0) {
            frame.setObject(managerSlot, mgr);
            frame.setObject(exitSlot, exit);
        }
        run(frame, mgr, exit, value);
    }

    /** The body between {@code __enter__} and {@code __exit__}; {@code value} is null when resuming a generator. */
    private void run(VirtualFrame frame, Object mgr, Object exit, Object value) {
        try {
            if (target != null && value != null) {
                ((WriteNode) target).executeWrite(frame, value);
            }
            body.executeVoid(frame);
        } catch (YieldException e) {
            throw e; // the generator is suspended inside the block: __exit__ runs when it ends
        } catch (PException e) {
            exitWithException(mgr, exit, e);
            return;
        } catch (ControlFlowException e) {
            exitNormally(mgr, exit);
            throw e;
        }
        exitNormally(mgr, exit);
    }

    private void exitNormally(Object mgr, Object exit) {
        callExit.execute(exit, new Object[]{mgr, PNone.NONE, PNone.NONE, PNone.NONE});
    }

    /** {@code __exit__(type, value, traceback)} with the exception handled meanwhile; re-raised unless suppressed. */
    private void exitWithException(Object mgr, Object exit, PException e) {
        PBaseException exception = e.getPythonException();
        // caught here while __exit__ runs (its traceback ends in this frame), travelling on unless suppressed
        e.markCaught(this);
        HandledExceptions.push(this, exception);
        Object suppress;
        try {
            suppress = callExit.execute(exit, new Object[]{mgr, exception.getType(), exception, tracebackOf(exception)});
        } catch (PException raised) {
            // e is the new exception's context: its frames end here, in this frame
            taipan.nodes.control.ExceptHandlerNode.endTraceback(this, e);
            throw raised;
        } finally {
            HandledExceptions.pop(this);
        }
        if (!isTrue.execute(suppress)) {
            e.markReraised();
            throw e;
        }
    }

    /** The traceback object (its entries are built only when __exit__ reads them): not for compiled code. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object tracebackOf(PBaseException exception) {
        return taipan.runtime.exception.PTraceback.of(exception);
    }

    private PException notAContextManager(Object mgr, String message) {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.raise(this, BuiltinType.TYPE_ERROR, message, PythonErrors.typeName(this, mgr));
    }
}
