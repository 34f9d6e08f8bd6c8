package taipan.frontend.scope;

/** Where a name lives at run time, as CPython's symtable scopes ({@code LOCAL} = 1 ... {@code CELL} = 5). */
public enum NameScope {
    /** Bound here and stored in a frame slot (function-like scopes) or the namespace dict (module, class). */
    LOCAL,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: looked up in globals, then builtins. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function scope; reached through a cell passed in the closure. */
    FREE,
    /** Bound here and captured by an inner scope: stored in a cell object. */
    CELL;

    /** CPython's numeric scope value. */
    public int code() {
        return ordinal() + 1;
    }

    static NameScope of(int code) {
        return values()[code - 1];
    }
}
