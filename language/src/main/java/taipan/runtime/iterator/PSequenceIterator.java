package taipan.runtime.iterator;

/** An iterator over a fixed sequence of items (a tuple's, or a str's one-character strs made on demand). */
public final class PSequenceIterator {

    private final Object sequence;
    private final int length;
    private int index;

    /** @param sequence a {@code PTuple} or a {@code TruffleString}, of {@code length} items */
    public PSequenceIterator(Object sequence, int length) {
        this.sequence = sequence;
        this.length = length;
    }

    public Object getSequence() {
        return sequence;
    }

    public boolean hasNext() {
        return index < length;
    }

    /** The index of the next item, advancing past it; only after {@link #hasNext()}. */
    public int nextIndex() {
        return index++;
    }
}
