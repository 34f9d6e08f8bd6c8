package taipan.runtime.object;

import taipan.runtime.list.ListStorage;

/** Python's {@code list}: a mutable sequence over a thread-safe {@link ListStorage}. */
public final class PList {

    private final ListStorage storage;

    public PList(ListStorage storage) {
        this.storage = storage;
    }

    public PList(Object[] items) {
        this(new ListStorage(items));
    }

    public ListStorage getStorage() {
        return storage;
    }
}
