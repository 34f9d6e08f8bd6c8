package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code compress(data, selectors)}: the data items whose selector is true. */
public final class PCompress extends PItertoolsIterator {

    private final Object data;
    private final Object selectors;

    public PCompress(Object data, Object selectors) {
        this.data = data;
        this.selectors = selectors;
    }

    public Object getData() {
        return data;
    }

    public Object getSelectors() {
        return selectors;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_COMPRESS;
    }
}
