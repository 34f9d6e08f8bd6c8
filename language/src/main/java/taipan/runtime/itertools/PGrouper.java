package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** One group of a {@link PGroupBy}: the parent's items while their key equals this group's key. */
public final class PGrouper extends PItertoolsIterator {

    private final PGroupBy parent;
    private final Object key;

    public PGrouper(PGroupBy parent, Object key) {
        this.parent = parent;
        this.key = key;
    }

    public PGroupBy getParent() {
        return parent;
    }

    public Object getKey() {
        return key;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_GROUPER;
    }
}
