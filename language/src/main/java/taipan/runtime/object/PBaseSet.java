package taipan.runtime.object;

import taipan.runtime.set.SetStorage;

/** What {@code set} and {@code frozenset} share: a {@link SetStorage} (Java-only base; Python sees two classes). */
public abstract class PBaseSet {

    private final SetStorage storage;

    protected PBaseSet(SetStorage storage) {
        this.storage = storage;
    }

    public final SetStorage getStorage() {
        return storage;
    }
}
