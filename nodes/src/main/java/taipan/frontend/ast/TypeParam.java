package taipan.frontend.ast;

/** CPython's {@code type_param} (PEP 695, with PEP 696 defaults). */
public sealed interface TypeParam extends Node {

    record TypeVar(Span span, String name, Expr bound, Expr defaultValue) implements TypeParam {
    }

    record ParamSpec(Span span, String name, Expr defaultValue) implements TypeParam {
    }

    record TypeVarTuple(Span span, String name, Expr defaultValue) implements TypeParam {
    }
}
