package taipan.runtime.collections;

/**
 * {@code _collections._tuplegetter(index, doc)}: the data descriptor a {@code namedtuple} class has for each field,
 * reading item {@code index} of the tuple it is read through; it refuses to be set or deleted.
 */
public final class PTupleGetter {

    private final long index;
    /** Writable, as CPython's: {@code namedtuple} documents its fields after making the class. */
    private volatile Object doc;

    public PTupleGetter(long index, Object doc) {
        this.index = index;
        this.doc = doc;
    }

    public long getIndex() {
        return index;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }
}
