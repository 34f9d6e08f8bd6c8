package taipan.runtime.object;

/**
 * The iterator {@code iter()} makes for an object with {@code __getitem__} but no {@code __iter__} (CPython's
 * {@code iterator} type): it asks for items 0, 1, 2, ... until {@code IndexError} or {@code StopIteration}.
 */
public final class PItemIterator {

    private final Object sequence;
    private long index;
    private boolean exhausted;

    public PItemIterator(Object sequence) {
        this.sequence = sequence;
    }

    /** The object being iterated, or null once exhausted. */
    public Object getSequence() {
        return exhausted ? null : sequence;
    }

    /** The next index to ask for; advances. */
    public synchronized long nextIndex() {
        return index++;
    }

    public void markExhausted() {
        exhausted = true;
    }
}
