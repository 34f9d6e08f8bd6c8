package taipan.runtime.function;

/**
 * CPython's cell object: one variable shared between the scope that binds it and the closures that capture it.
 * An empty cell ({@code null} contents) is a variable not bound yet, or deleted.
 */
public final class PCell {

    /** Plain field: like CPython's cell, a reference store is atomic, and no ordering beyond that is promised. */
    private Object ref;

    public PCell() {
    }

    public PCell(Object ref) {
        this.ref = ref;
    }

    /** The contents, or null when the cell is empty. */
    public Object get() {
        return ref;
    }

    public void set(Object value) {
        this.ref = value;
    }

    @Override
    public String toString() {
        return "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
