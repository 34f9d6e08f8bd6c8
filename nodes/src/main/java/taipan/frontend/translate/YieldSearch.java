package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.MatchCase;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.WithItem;
import taipan.frontend.scope.AstWalk;

/** Counts the suspension points ({@code yield}, {@code yield from}, {@code await}) of a statement in its own scope. */
final class YieldSearch {

    private YieldSearch() {
    }

    static int count(List<Stmt> statements) {
        int n = 0;
        if (statements != null) {
            for (Stmt s : statements) {
                n += count(s);
            }
        }
        return n;
    }

    static int count(Stmt stmt) {
        return switch (stmt) {
            case Stmt.ExprStmt s -> count(s.value());
            case Stmt.Assign s -> count(s.value()) + counts(s.targets());
            case Stmt.AugAssign s -> count(s.target()) + count(s.value());
            case Stmt.AnnAssign s -> count(s.target()) + count(s.value());
            case Stmt.Return s -> count(s.value());
            case Stmt.Raise s -> count(s.exc()) + count(s.cause());
            case Stmt.Assert s -> count(s.test()) + count(s.msg());
            case Stmt.Delete s -> counts(s.targets());
            case Stmt.If s -> count(s.test()) + count(s.body()) + count(s.orelse());
            case Stmt.While s -> count(s.test()) + count(s.body()) + count(s.orelse());
            case Stmt.For s -> count(s.target()) + count(s.iter()) + count(s.body()) + count(s.orelse());
            case Stmt.Try s -> count(s.body()) + handlers(s.handlers()) + count(s.orelse()) + count(s.finalbody());
            case Stmt.With s -> items(s.items()) + count(s.body());
            case Stmt.Match s -> count(s.subject()) + cases(s.cases());
            default -> 0;
        };
    }

    static int count(Expr expr) {
        if (expr == null) {
            return 0;
        }
        int[] n = {expr instanceof Expr.Yield || expr instanceof Expr.YieldFrom || expr instanceof Expr.Await ? 1 : 0};
        AstWalk.exprChildren(expr, child -> n[0] += count(child));
        return n[0];
    }

    private static int counts(List<Expr> exprs) {
        int n = 0;
        for (Expr e : exprs) {
            n += count(e);
        }
        return n;
    }

    private static int handlers(List<ExceptHandler> handlers) {
        int n = 0;
        for (ExceptHandler h : handlers) {
            n += count(h.type()) + count(h.body());
        }
        return n;
    }

    private static int items(List<WithItem> items) {
        int n = 0;
        for (WithItem w : items) {
            n += count(w.contextExpr()) + count(w.optionalVars());
        }
        return n;
    }

    private static int cases(List<MatchCase> cases) {
        int n = 0;
        for (MatchCase c : cases) {
            n += count(c.guard()) + count(c.body());
        }
        return n;
    }
}
