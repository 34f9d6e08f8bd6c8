package taipan.runtime.exception;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.PythonClass;

/**
 * A Python exception object ({@code BaseException} and its subclasses, user ones included). The Java
 * {@link PException} carries it through Java frames; this object is what Python code sees. Being a
 * {@link PythonObject}, it carries the attributes a user subclass's {@code __init__} sets.
 */
public class PBaseException extends PythonObject {

    private static final String NOTES = "__notes__";

    private volatile PTuple args;
    private boolean group;

    /** {@code __cause__}: a PBaseException, or null for None. */
    private PBaseException cause;
    /** {@code __context__}: a PBaseException, or null for None. */
    private PBaseException context;
    private boolean suppressContext;
    /** The carrier this exception was last raised with (its traceback), or null while never raised. */
    private PException raised;
    /** Set only when the traceback was copied from another exception ({@link #copyTracebackFrom}). */
    private PException tracebackCarrier;
    /** A traceback (or None) assigned to {@code __traceback__} or given to {@code with_traceback}; null if none. */
    private Object assignedTraceback;
    /**
     * The fields CPython keeps in a subtype's C struct ({@code errno}, {@code filename}, {@code name}, {@code value},
     * {@code code}, ...), by attribute name; null while there are none.
     */
    private Map<String, Object> fields;
    /** Where a name lookup raised this NameError: {@code {locals mapping or null, globals dict}}; null otherwise. */
    private Object[] raisingScope;

    public PBaseException(PythonClass type, PTuple args) {
        super(type.getInstanceShape());
        this.args = args;
    }

    /** Whether this is an exception group (made by BaseExceptionGroup's constructor). */
    public boolean isGroup() {
        return group;
    }

    public void markGroup() {
        this.group = true;
    }

    public PythonClass getType() {
        return getPythonClass();
    }

    public PTuple getArgs() {
        return args;
    }

    /** {@code e.args = value} (already converted to a tuple). */
    public void setArgs(PTuple args) {
        this.args = args;
    }

    public PBaseException getCause() {
        return cause;
    }

    /** {@code __cause__ = cause} sets {@code __suppress_context__} too, as {@code raise ... from} does. */
    public void setCause(PBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** Sets only the attribute, as assigning {@code e.__cause__} does. */
    public void setCauseOnly(PBaseException cause) {
        this.cause = cause;
    }

    public PBaseException getContext() {
        return context;
    }

    public void setContext(PBaseException context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    /**
     * PEP 678's {@code __notes__}: as in CPython, an ordinary attribute in the instance dict (a list once
     * {@code add_note} made it, whatever the program assigned otherwise), or null while there is none.
     */
    @TruffleBoundary
    public Object getNotes() {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, NOTES, null);
    }

    @TruffleBoundary
    public void setNotes(Object notes) {
        DynamicObjectLibrary.getUncached().put(this, NOTES, notes);
    }

    /**
     * The carrier whose frames are this exception's traceback: where it was raised, or, for a group that
     * {@code split} or {@code except*} derived, the original's (CPython copies {@code __traceback__}).
     */
    public PException getTracebackCarrier() {
        return tracebackCarrier != null ? tracebackCarrier : raised;
    }

    public void copyTracebackFrom(PBaseException original) {
        this.tracebackCarrier = original.getTracebackCarrier();
    }

    public Object getAssignedTraceback() {
        return assignedTraceback;
    }

    public void setAssignedTraceback(Object traceback) {
        this.assignedTraceback = traceback;
    }

    public PException getRaised() {
        return raised;
    }

    /** The carrier is now {@code raised}, which already has this exception's prior traceback. */
    void replaceRaised(PException raised) {
        this.raised = raised;
        this.tracebackCarrier = null;
        this.assignedTraceback = null;
    }

    void setRaised(PException raised) {
        // raising an exception that has a traceback extends it, as CPython's does (None when it was cleared)
        Object prior = assignedTraceback != null ? assignedTraceback : getTracebackCarrier();
        raised.setPriorTraceback(prior == taipan.runtime.object.PNone.NONE ? null : prior);
        this.raised = raised;
        this.tracebackCarrier = null;
        this.assignedTraceback = null;
    }

    /** The scope a failed name lookup raised this in (its traceback's innermost frame shows it), or null. */
    public Object[] getRaisingScope() {
        return raisingScope;
    }

    public void setRaisingScope(Object locals, Object globals) {
        this.raisingScope = new Object[]{locals, globals};
    }

    /** A type-specific field ({@code errno}, {@code value}, ...), or null when it was never set. */
    @TruffleBoundary
    public Object getField(String name) {
        return fields == null ? null : fields.get(name);
    }

    @TruffleBoundary
    public void setField(String name, Object value) {
        if (fields == null) {
            fields = new HashMap<>();
        }
        fields.put(name, value);
    }

    @Override
    public String toString() {
        return getType().getName() + args;
    }
}
