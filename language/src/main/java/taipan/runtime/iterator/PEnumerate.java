package taipan.runtime.iterator;

import taipan.runtime.type.BuiltinType;

/** {@code enumerate(iterable, start)}: pairs of a count and an item; the count stays a {@code long} until it cannot. */
public final class PEnumerate extends PBuiltinIterator {

    private final Object iterator;
    /** The next count: a {@code long}, or a {@code BigInteger} once past {@code Long.MAX_VALUE}. */
    private Object count;

    public PEnumerate(Object iterator, Object start) {
        this.iterator = iterator;
        this.count = start;
    }

    public Object getIterator() {
        return iterator;
    }

    public Object getCount() {
        return count;
    }

    public void setCount(Object count) {
        this.count = count;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ENUMERATE;
    }
}
