package taipan.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue}: unwinds to the innermost loop's next iteration; partial evaluation turns it into a jump. */
public final class ContinueException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    public static final ContinueException INSTANCE = new ContinueException();

    private ContinueException() {
    }
}
