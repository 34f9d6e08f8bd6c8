package taipan.runtime.itertools;

import taipan.runtime.type.BuiltinType;

/** {@code cycle(iterable)}: the items of a first pass, saved, then repeated forever. */
public final class PCycle extends PItertoolsIterator {

    private final Object iterator;
    private final java.util.ArrayList<Object> saved;
    private int index;
    private boolean sourceDone;

    public PCycle(Object iterator, java.util.ArrayList<Object> saved, int index, boolean sourceDone) {
        this.iterator = iterator;
        this.saved = saved;
        this.index = index;
        this.sourceDone = sourceDone;
    }

    public Object getIterator() {
        return iterator;
    }

    public java.util.ArrayList<Object> getSaved() {
        return saved;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
    }

    public boolean isSourceDone() {
        return sourceDone;
    }

    public void setSourceDone(boolean sourceDone) {
        this.sourceDone = sourceDone;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_CYCLE;
    }
}
