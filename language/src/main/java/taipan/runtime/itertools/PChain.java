package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code chain(*iterables)} and {@code chain.from_iterable}: the items of each iterable in turn. */
public final class PChain extends PItertoolsIterator {

    private Object sources;
    private Object active;

    public PChain(Object sources, Object active) {
        this.sources = sources;
        this.active = active;
    }

    public Object getSources() {
        return sources;
    }

    public void setSources(Object sources) {
        this.sources = sources;
    }

    public Object getActive() {
        return active;
    }

    public void setActive(Object active) {
        this.active = active;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_CHAIN;
    }
}
