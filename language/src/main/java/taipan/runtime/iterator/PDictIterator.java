package taipan.runtime.iterator;

import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.type.BuiltinType;

/** An iterator over a dict's keys, values or items, or over a set: a {@link DictIteratorState} and its class. */
public final class PDictIterator {

    private final DictIteratorState state;
    private final BuiltinType type;

    public PDictIterator(DictIteratorState state, BuiltinType type) {
        this.state = state;
        this.type = type;
    }

    public DictIteratorState getState() {
        return state;
    }

    /** {@code dict_keyiterator}, {@code dict_valueiterator}, {@code dict_itemiterator} or {@code set_iterator}. */
    public BuiltinType getType() {
        return type;
    }
}
