package taipan.runtime.iterator;

import taipan.runtime.type.BuiltinType;

/** {@code reversed(sequence)} over a list, tuple or str: indices counting down, checked against the length. */
public final class PReversed extends PBuiltinIterator {

    private final Object sequence;
    private long index;

    public PReversed(Object sequence, long length) {
        this.sequence = sequence;
        this.index = length - 1;
    }

    public Object getSequence() {
        return sequence;
    }

    /** The index to read next and moves on; negative when done. */
    public long nextIndex() {
        return index--;
    }

    /** What {@code __length_hint__} tells: the items not yet produced. */
    public long remaining() {
        return Math.max(0, index + 1);
    }

    /** Stops the iteration for good (CPython drops the sequence once it is exhausted). */
    public void finish() {
        index = -1;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return sequence instanceof taipan.runtime.object.PList ? BuiltinType.LIST_REVERSE_ITERATOR
                        : BuiltinType.REVERSED;
    }
}
