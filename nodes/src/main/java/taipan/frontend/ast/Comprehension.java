package taipan.frontend.ast;

import java.util.List;

/** CPython's {@code comprehension}: one {@code for ... in ... if ...} clause. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
}
