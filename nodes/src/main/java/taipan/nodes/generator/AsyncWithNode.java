package taipan.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.statement.ManagerCallNode;
import taipan.nodes.object.GetClassNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.exception.HandledExceptions;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * One item of {@code async with manager as target: body} (several items nest). Three places may suspend: awaiting
 * {@code __aenter__()}, the body, and awaiting {@code __aexit__()}; the frame records which, with the manager, its
 * {@code __aexit__} and what ends the body (an exception or a {@code return}/{@code break}) while it is awaited.
 */
public final class AsyncWithNode extends StatementNode {

    private static final int IN_ENTER = 0;
    private static final int IN_BODY = 1;
    private static final int IN_EXIT = 2;
    private static final int IN_MANAGER = 3;

    @Child private ExpressionNode manager;
    /** Null without {@code as}; else a {@link WriteNode}. */
    @Child private StatementNode target;
    @Child private StatementNode body;
    @Child private GetClassNode getClass = GetClassNode.create();
    @Child private LookupInMroNode lookupEnter = LookupInMroNode.create("__aenter__");
    @Child private LookupInMroNode lookupExit = LookupInMroNode.create("__aexit__");
    @Child private ManagerCallNode callEnter;
    @Child private ManagerCallNode callExit;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    @Child private YieldFromNode awaitEnter;
    @Child private YieldFromNode awaitExit;
    /** The slots: manager, its {@code __aexit__}, the awaitable being awaited, the state, what ended the body. */
    private final int managerSlot;
    private final int exitSlot;
    private final int awaitableSlot;
    private final int stateSlot;
    private final int pendingSlot;

    public AsyncWithNode(ExpressionNode manager, StatementNode target, StatementNode body, int[] slots) {
        this.manager = manager;
        this.callEnter = new ManagerCallNode(manager);
        this.callExit = new ManagerCallNode(manager);
        this.target = target;
        this.body = body;
        this.managerSlot = slots[0];
        this.exitSlot = slots[1];
        this.awaitableSlot = slots[2];
        this.stateSlot = slots[3];
        this.pendingSlot = slots[4];
        this.awaitEnter = YieldFromNode.await(new ReadTempNode(awaitableSlot), GetAwaitableNode.Origin.AENTER,
                        slots[5], -1);
        this.awaitExit = YieldFromNode.await(new ReadTempNode(awaitableSlot), GetAwaitableNode.Origin.AEXIT,
                        slots[5], -1);
        // a traceback through the awaited __aenter__/__aexit__ marks the manager, as one through their calls does
        manager.copySourceTo(awaitEnter);
        manager.copySourceTo(awaitExit);
    }

    /** How many hidden slots the constructor takes. */
    public static final int SLOTS = 6;

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = IN_MANAGER;
        if (GeneratorFrame.isResuming(frame)) {
            state = frame.getInt(stateSlot);
        }
        if (state == IN_MANAGER) {
            enter(frame);
            state = IN_ENTER;
        }
        if (state == IN_ENTER) {
            Object value = await(frame, awaitEnter, IN_ENTER);
            if (target != null) {
                ((WriteNode) target).executeWrite(frame, value);
            }
            state = IN_BODY;
        }
        if (state == IN_BODY) {
            runBody(frame);
        }
        finish(frame);
    }

    private void enter(VirtualFrame frame) {
        Object mgr;
        try {
            mgr = manager.executeGeneric(frame);
        } catch (YieldException e) {
            // an await in the manager expression: evaluated again when resumed, its await resuming
            frame.setInt(stateSlot, IN_MANAGER);
            throw e;
        }
        PythonClass type = getClass.execute(mgr);
        Object aenter = lookupEnter.execute(type);
        if (aenter == null) {
            throw notAContextManager(mgr, "");
        }
        Object aexit = lookupExit.execute(type);
        if (aexit == null) {
            throw notAContextManager(mgr, " (missed __aexit__ method)");
        }
        frame.setObject(managerSlot, mgr);
        frame.setObject(exitSlot, aexit);
        frame.setObject(pendingSlot, null);
        frame.setObject(awaitableSlot, callEnter.execute(aenter, new Object[]{mgr}));
    }

    private Object await(VirtualFrame frame, YieldFromNode await, int state) {
        try {
            return await.executeGeneric(frame);
        } catch (YieldException e) {
            frame.setInt(stateSlot, state);
            throw e;
        }
    }

    /** Runs the body and calls {@code __aexit__} with how it ended; the result is awaited by {@link #finish}. */
    private void runBody(VirtualFrame frame) {
        Object mgr = frame.getObject(managerSlot);
        Object aexit = frame.getObject(exitSlot);
        Object[] args;
        try {
            body.executeVoid(frame);
            args = new Object[]{mgr, PNone.NONE, PNone.NONE, PNone.NONE};
        } catch (YieldException e) {
            frame.setInt(stateSlot, IN_BODY);
            throw e;
        } catch (PException e) {
            e.markCaught(this);
            e.fillTraceback();
            PBaseException exception = e.getPythonException();
            frame.setObject(pendingSlot, e);
            args = new Object[]{mgr, exception.getType(), exception, PNone.NONE};
            HandledExceptions.push(this, exception);
            try {
                frame.setObject(awaitableSlot, callExit.execute(aexit, args));
            } finally {
                HandledExceptions.pop(this);
            }
            return;
        } catch (ControlFlowException e) {
            frame.setObject(pendingSlot, e);
            args = new Object[]{mgr, PNone.NONE, PNone.NONE, PNone.NONE};
        }
        frame.setObject(awaitableSlot, callExit.execute(aexit, args));
    }

    /** Awaits {@code __aexit__()}: an exception from the body is re-raised unless the result is true. */
    private void finish(VirtualFrame frame) {
        Object result = await(frame, awaitExit, IN_EXIT);
        Object pending = frame.getObject(pendingSlot);
        frame.setObject(pendingSlot, null);
        frame.setObject(managerSlot, null);
        frame.setObject(exitSlot, null);
        frame.setObject(awaitableSlot, null);
        if (pending instanceof PException e) {
            if (!isTrue.execute(result)) {
                e.markReraised();
                throw e;
            }
            e.markCaught(this);
        } else if (pending instanceof ControlFlowException e) {
            throw e;
        }
    }

    private PException notAContextManager(Object mgr, String detail) {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                        "'%s' object does not support the asynchronous context manager protocol%s",
                        PythonErrors.typeName(this, mgr), detail);
    }
}
