package taipan.runtime.collections;

import taipan.runtime.iterator.PBuiltinIterator;
import taipan.runtime.list.ContainerError;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: a position in a deque and its version. */
public final class PDequeIterator extends PBuiltinIterator {

    private final PDeque deque;
    private final long state;
    private final boolean reversed;
    private int taken;
    private boolean done;

    public PDequeIterator(PDeque deque, long state, boolean reversed) {
        this.deque = deque;
        this.state = state;
        this.reversed = reversed;
    }

    /** The next item, or null at the end; a {@link ContainerError} (RuntimeError) if the deque was mutated. */
    public Object next(ThreadingMode mode) {
        if (done) {
            return null;
        }
        int index = taken;
        if (reversed) {
            index = deque.length(mode) - 1 - taken;
            if (index < 0) {
                done = true;
                return deque.iterate(mode, state, Integer.MAX_VALUE);
            }
        }
        Object item = deque.iterate(mode, state, index);
        if (item == null) {
            done = true;
        } else {
            taken++;
        }
        return item;
    }

    /** How many items are left ({@code __length_hint__}). */
    public int remaining(ThreadingMode mode) {
        return done ? 0 : Math.max(0, deque.length(mode) - taken);
    }

    @Override
    public BuiltinType getBuiltinType() {
        return reversed ? BuiltinType.DEQUE_REVERSE_ITERATOR : BuiltinType.DEQUE_ITERATOR;
    }
}
