package taipan.runtime.iterator;

import taipan.runtime.set.SetIteratorState;

/** Python's {@code set_iterator}. */
public final class PSetIterator {

    private final SetIteratorState state;

    public PSetIterator(SetIteratorState state) {
        this.state = state;
    }

    public SetIteratorState getState() {
        return state;
    }
}
