package taipan.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/** Python's {@code tuple}: an immutable sequence over a Java array (storage strategies come later). */
public final class PTuple {

    public static final PTuple EMPTY = new PTuple(new Object[0]);

    @CompilationFinal(dimensions = 1) private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    /** The items; callers must not modify the array. */
    public Object[] getItems() {
        return items;
    }

    public int length() {
        return items.length;
    }
}
