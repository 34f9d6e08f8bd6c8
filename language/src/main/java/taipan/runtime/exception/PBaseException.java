package taipan.runtime.exception;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.PythonClass;

/**
 * A Python exception object ({@code BaseException} and its subclasses, user ones included). The Java
 * {@link PException} carries it through Java frames; this object is what Python code sees. Being a
 * {@link PythonObject}, it carries the attributes a user subclass's {@code __init__} sets.
 */
public class PBaseException extends PythonObject {

    private volatile PTuple args;

    /** {@code __cause__}: a PBaseException, or null for None. */
    private PBaseException cause;
    /** {@code __context__}: a PBaseException, or null for None. */
    private PBaseException context;
    private boolean suppressContext;
    /** PEP 678's {@code __notes__} strings, or null while {@link #addNote} was never called. */
    private List<Object> notes;
    /** The carrier this exception was last raised with (its traceback), or null while never raised. */
    private PException raised;
    /**
     * The fields CPython keeps in a subtype's C struct ({@code errno}, {@code filename}, {@code name}, {@code value},
     * {@code code}, ...), by attribute name; null while there are none.
     */
    private Map<String, Object> fields;

    public PBaseException(PythonClass type, PTuple args) {
        super(type.getInstanceShape());
        this.args = args;
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

    /** The notes added so far (the live list), or null when there are none. */
    public List<Object> getNotes() {
        return notes;
    }

    @TruffleBoundary
    public void addNote(Object note) {
        if (notes == null) {
            notes = new ArrayList<>();
        }
        notes.add(note);
    }

    public PException getRaised() {
        return raised;
    }

    void setRaised(PException raised) {
        this.raised = raised;
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
