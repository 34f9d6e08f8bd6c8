package taipan.runtime.itertools;

import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/** {@code repeat(object, times)}: the object, times times or (times absent, -1 here) forever. */
public final class PRepeat extends PItertoolsIterator {

    private final Object element;
    private long remaining;

    public PRepeat(Object element, long remaining) {
        this.element = element;
        this.remaining = remaining;
    }

    /** The next item, or null once the count is spent. */
    public Object next() {
        if (remaining < 0) {
            return element;
        } else if (remaining == 0) {
            return null;
        }
        remaining--;
        return element;
    }

    @Override
    public String repr() {
        return "repeat(" + Repr.repr(element) + (remaining < 0 ? "" : ", " + remaining) + ")";
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_REPEAT;
    }
}
