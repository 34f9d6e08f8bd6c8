package taipan.runtime.object;

import taipan.runtime.set.SetStorage;

/** Python's {@code frozenset}: an immutable, hashable set; its storage is never mutated after construction. */
public class PFrozenSet extends PBaseSet {

    public PFrozenSet(SetStorage storage) {
        super(storage);
    }

    public PFrozenSet() {
        this(new SetStorage());
    }
}
