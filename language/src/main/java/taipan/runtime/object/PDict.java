package taipan.runtime.object;

import taipan.runtime.dict.DictStorage;

/** Python's {@code dict}: an insertion-ordered mapping over a thread-safe {@link DictStorage}. */
public class PDict {

    private final DictStorage storage;

    public PDict(DictStorage storage) {
        this.storage = storage;
    }

    public PDict() {
        this(new DictStorage());
    }

    public DictStorage getStorage() {
        return storage;
    }
}
