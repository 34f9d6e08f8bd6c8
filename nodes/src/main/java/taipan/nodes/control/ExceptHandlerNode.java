package taipan.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.generator.YieldException;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.HandledExceptions;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * One {@code except [type [as name]]:} clause. While its body runs, the caught exception sits in a frame slot, where
 * a bare {@code raise} finds it.
 */
public final class ExceptHandlerNode extends Node {

    /** Null for a bare {@code except:}. */
    @Child private ExpressionNode type;
    /** Null without {@code as name}; else a {@link WriteNode}. */
    @Child private StatementNode bind;
    /** Null without {@code as name}; else the {@code del name} CPython runs when the clause ends. */
    @Child private StatementNode unbind;
    @Child private StatementNode body;
    private final int caughtSlot;

    public ExceptHandlerNode(ExpressionNode type, StatementNode bind, StatementNode unbind, StatementNode body,
                    int caughtSlot) {
        this.type = type;
        this.bind = bind;
        this.unbind = unbind;
        this.body = body;
        this.caughtSlot = caughtSlot;
    }

    /** Whether this clause handles {@code e}; evaluates the clause's type expression. */
    boolean matches(VirtualFrame frame, PException e) {
        if (type == null) {
            return true;
        }
        PythonClass raised = e.getPythonException().getType();
        Object expected = type.executeGeneric(frame);
        if (expected instanceof PythonClass cls) {
            return raised.isSubclassOf(checked(cls));
        } else if (expected instanceof PTuple tuple) {
            return matchesAny(raised, tuple);
        }
        throw notAnExceptionClass();
    }

    /**
     * The clause's type for {@code except*}: an exception class or a tuple of them, none of them a group class
     * (CPython's {@code CHECK_EG_MATCH} refuses those).
     */
    Object starType(VirtualFrame frame) {
        Object expected = type.executeGeneric(frame);
        if (expected instanceof PTuple tuple) {
            for (Object c : tuple.getItems()) {
                checkStar(c);
            }
        } else {
            checkStar(expected);
        }
        return expected;
    }

    private void checkStar(Object c) {
        if (!(c instanceof PythonClass cls)) {
            throw notAnExceptionClass();
        }
        checked(cls);
        if (ExceptionGroups.isGroupClass(cls)) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(type, BuiltinType.TYPE_ERROR,
                            "catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private boolean matchesAny(PythonClass raised, PTuple classes) {
        for (Object c : classes.getItems()) {
            if (!(c instanceof PythonClass cls)) {
                throw notAnExceptionClass();
            }
            if (raised.isSubclassOf(checked(cls))) {
                return true;
            }
        }
        return false;
    }

    private PythonClass checked(PythonClass cls) {
        if (!RaiseNode.isExceptionClass(cls)) {
            throw notAnExceptionClass();
        }
        return cls;
    }

    private PException notAnExceptionClass() {
        CompilerDirectives.transferToInterpreter();
        // Reported at the clause's type expression, the line CPython's traceback shows.
        return PythonErrors.raise(type, BuiltinType.TYPE_ERROR, ErrorMessages.CATCHING_NON_EXCEPTION);
    }

    /**
     * Runs the clause's body with {@code e} as the handled exception. The name bound by {@code as} is set to None
     * and deleted afterwards, however the body ends (CPython compiles the clause so, to break the traceback cycle).
     */
    void run(VirtualFrame frame, PException e) {
        Object saved = frame.getObject(caughtSlot);
        frame.setObject(caughtSlot, e);
        e.setCatcher(getRootNode());
        // its traceback now ends in this frame (a cheap record: the frames are read only if Python asks)
        e.markCaught(this);
        if (e.getPythonException().isGroup()) {
            // a group is often kept and printed later as a member of another: its frames are frozen now (rare path)
            e.fillTraceback();
        }
        HandledExceptions.push(this, e.getPythonException());
        try {
            if (bind != null) {
                ((WriteNode) bind).executeWrite(frame, e.getPythonException());
            }
            body.executeVoid(frame);
        } catch (PException raised) {
            if (raised != e) {
                // e may be printed as the new exception's context: its traceback ends here, in the catching frame.
                endTraceback(this, e);
            }
            throw raised;
        } finally {
            HandledExceptions.pop(this);
            frame.setObject(caughtSlot, saved);
            if (unbind != null) {
                ((WriteNode) bind).executeWrite(frame, PNone.NONE);
                unbind.executeVoid(frame);
            }
        }
    }

    /**
     * {@code e}, caught at {@code site}, is the context of a new exception: its traceback ends in this frame. A module
     * frame is walked (the traceback shows its globals); elsewhere the frame's line is recorded without a walk.
     */
    @TruffleBoundary
    public static void endTraceback(Node site, PException e) {
        e.endTracebackAt(site, site.getRootNode() instanceof taipan.nodes.root.ModuleRootNode);
    }

    /**
     * {@link #run} in a generator body: a yield inside the clause suspends it with the caught exception kept for the
     * resumption ({@code e} is null then, the binding already made).
     */
    void runResumable(VirtualFrame frame, PException e) {
        if (e != null) {
            frame.setObject(caughtSlot, e);
            e.setCatcher(getRootNode());
            // its traceback now ends in the generator's frame, as in run()
            e.markCaught(this);
            if (bind != null) {
                ((WriteNode) bind).executeWrite(frame, e.getPythonException());
            }
        }
        PException caught = (PException) frame.getObject(caughtSlot);
        // the handled exception is current only while the clause runs, not while the generator is suspended
        HandledExceptions.push(this, caught.getPythonException());
        boolean suspended = false;
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            suspended = true;
            if (e != null) {
                // the frames below this one change once it is resumed: end the traceback here at the first yield
                endTraceback(this, caught);
            }
            throw y;
        } catch (PException raised) {
            if (raised != caught) {
                endTraceback(this, caught); // printed later as the new exception's context: it ends in this frame
            }
            throw raised;
        } finally {
            HandledExceptions.pop(this);
            if (!suspended) {
                frame.setObject(caughtSlot, null);
                if (unbind != null) {
                    ((WriteNode) bind).executeWrite(frame, PNone.NONE);
                    unbind.executeVoid(frame);
                }
            }
        }
    }
}
