package taipan.frontend.ast;

import java.util.List;

/** CPython's {@code match_case}. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {
}
