package taipan.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * A generator body suspends: carries the yielded value up to the generator's root. Each resumable node it passes
 * records in the frame where it was, so the next resumption can skip back; partial evaluation turns the throw into
 * a jump when the body is compiled whole.
 */
public final class YieldException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    private final transient Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
