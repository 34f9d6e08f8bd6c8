package taipan.nodes.function;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return value}: unwinds to the function's root; partial evaluation turns it into a jump. */
public final class ReturnException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    private final transient Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
