package taipan.frontend.scope;

/** Which comprehension a function scope implements, as CPython's {@code _Py_comprehension_ty}. */
public enum ComprehensionType {
    NONE, LIST, DICT, SET, GENERATOR;

    /** The word CPython uses in messages such as "'yield' inside list comprehension". */
    String describe() {
        return switch (this) {
            case LIST -> "list comprehension";
            case DICT -> "dict comprehension";
            case SET -> "set comprehension";
            default -> "generator expression";
        };
    }
}
