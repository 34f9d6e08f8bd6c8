package taipan.runtime.exception;

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

    /** {@code e.args = value} and {@code BaseException.__init__}. */
    public void setArgs(PTuple args) {
        this.args = args;
    }

    @Override
    public String toString() {
        return getType().getName() + args;
    }
}
