package taipan.frontend.scope;

/**
 * The kind of a scope, as CPython's {@code _Py_block_ty}; the ordinals equal the {@code TYPE_*} constants of
 * CPython's {@code _symtable} module.
 */
public enum BlockType {
    FUNCTION,
    CLASS,
    MODULE,
    /** Only with {@code from __future__ import annotations}: annotations that are never evaluated. */
    ANNOTATION,
    TYPE_ALIAS,
    TYPE_PARAMETERS,
    /** A TypeVar bound or constraints, or a type parameter's default (PEP 695/696). */
    TYPE_VARIABLE;

    /** CPython's {@code _PyST_IsFunctionLike}: blocks whose names live in a frame rather than a dict. */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == TYPE_ALIAS || this == TYPE_PARAMETERS || this == TYPE_VARIABLE;
    }
}
