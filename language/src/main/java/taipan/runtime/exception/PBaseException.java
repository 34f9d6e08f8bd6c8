package taipan.runtime.exception;

import taipan.runtime.object.PTuple;
import taipan.runtime.type.PythonClass;

/**
 * A Python exception object ({@code BaseException} and its subclasses). The Java {@link PException} carries it
 * through Java frames; this object is what Python code sees.
 */
public class PBaseException {

    private final PythonClass type;
    private final PTuple args;

    public PBaseException(PythonClass type, PTuple args) {
        this.type = type;
        this.args = args;
    }

    public PythonClass getType() {
        return type;
    }

    public PTuple getArgs() {
        return args;
    }

    @Override
    public String toString() {
        return type.getName() + args;
    }
}
