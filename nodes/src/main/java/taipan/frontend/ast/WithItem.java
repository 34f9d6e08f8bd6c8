package taipan.frontend.ast;

/** CPython's {@code withitem}. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
