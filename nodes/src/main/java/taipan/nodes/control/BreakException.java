package taipan.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code break}: unwinds to the innermost loop; partial evaluation turns it into a jump. */
public final class BreakException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    public static final BreakException INSTANCE = new BreakException();

    private BreakException() {
    }
}
