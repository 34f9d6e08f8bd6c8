package taipan.runtime.object;

import taipan.runtime.set.SetStorage;

/** Python's {@code set}: a mutable, unordered collection of hashable elements over a thread-safe {@link SetStorage}. */
public class PSet extends PBaseSet {

    public PSet(SetStorage storage) {
        super(storage);
    }

    public PSet() {
        this(new SetStorage());
    }
}
