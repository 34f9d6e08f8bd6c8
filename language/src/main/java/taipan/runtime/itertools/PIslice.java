package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code islice(iterable, start, stop, step)}: the items at the selected positions. */
public final class PIslice extends PItertoolsIterator {

    private Object iterator;
    private long next;
    private final long stop;
    private final long step;
    private long position;

    public PIslice(Object iterator, long next, long stop, long step, long position) {
        this.iterator = iterator;
        this.next = next;
        this.stop = stop;
        this.step = step;
        this.position = position;
    }

    public Object getIterator() {
        return iterator;
    }

    public void setIterator(Object iterator) {
        this.iterator = iterator;
    }

    public long getNext() {
        return next;
    }

    public void setNext(long next) {
        this.next = next;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    public long getPosition() {
        return position;
    }

    public void setPosition(long position) {
        this.position = position;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_ISLICE;
    }
}
