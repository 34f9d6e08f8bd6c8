package taipan.runtime.iterator;

import taipan.runtime.list.ListIteratorState;

/** Python's {@code list_iterator}: a cursor over a list that may change while it is iterated. */
public final class PListIterator {

    private final ListIteratorState state;

    public PListIterator(ListIteratorState state) {
        this.state = state;
    }

    public ListIteratorState getState() {
        return state;
    }
}
