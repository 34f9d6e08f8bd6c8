package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/**
 * {@code groupby(iterable, key)}: (key, group) pairs for runs of items with equal keys. As CPython's
 * {@code groupbyobject}, it holds the item read ahead and its key; a {@link PGrouper} stays valid only while it is
 * the parent's current group.
 */
public final class PGroupBy extends PItertoolsIterator {

    private final Object iterator;
    private final Object keyFunction;
    private Object targetKey;
    private Object currentKey;
    private Object currentValue;
    private PGrouper currentGrouper;

    public PGroupBy(Object iterator, Object keyFunction) {
        this.iterator = iterator;
        this.keyFunction = keyFunction;
    }

    public Object getIterator() {
        return iterator;
    }

    /** The key function, or null for the identity. */
    public Object getKeyFunction() {
        return keyFunction;
    }

    public Object getTargetKey() {
        return targetKey;
    }

    public void setTargetKey(Object targetKey) {
        this.targetKey = targetKey;
    }

    /** The key of the item read ahead, or null before the first read. */
    public Object getCurrentKey() {
        return currentKey;
    }

    public Object getCurrentValue() {
        return currentValue;
    }

    public void setCurrent(Object key, Object value) {
        this.currentKey = key;
        this.currentValue = value;
    }

    public PGrouper getCurrentGrouper() {
        return currentGrouper;
    }

    public void setCurrentGrouper(PGrouper grouper) {
        this.currentGrouper = grouper;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_GROUPBY;
    }
}
