package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.Comprehension;
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
            case Stmt.For s -> (s.isAsync() ? 1 : 0) + count(s.target()) + count(s.iter()) + count(s.body())
                            + count(s.orelse());
            case Stmt.Try s -> count(s.body()) + handlers(s.handlers()) + count(s.orelse()) + count(s.finalbody());
            case Stmt.With s -> (s.isAsync() ? 1 : 0) + items(s.items()) + count(s.body());
            case Stmt.Match s -> count(s.subject()) + cases(s.cases());
            default -> 0;
        };
    }

    static int count(Expr expr) {
        if (expr == null) {
            return 0;
        }
        switch (expr) {
            case Expr.GeneratorExp g:
                // the generator expression's own body is another scope: only its first iterable runs here
                return count(g.generators().get(0).iter());
            case Expr.ListComp c:
                return comprehension(c.generators()) + count(c.elt());
            case Expr.SetComp c:
                return comprehension(c.generators()) + count(c.elt());
            case Expr.DictComp c:
                return comprehension(c.generators()) + count(c.key()) + count(c.value());
            default:
                break;
        }
        int[] n = {expr instanceof Expr.Yield || expr instanceof Expr.YieldFrom || expr instanceof Expr.Await ? 1 : 0};
        AstWalk.exprChildren(expr, child -> n[0] += count(child));
        return n[0];
    }

    /** An inlined comprehension awaits in the enclosing body: at each {@code async for} and each {@code await}. */
    private static int comprehension(List<Comprehension> generators) {
        int n = 0;
        for (Comprehension c : generators) {
            n += (c.isAsync() ? 1 : 0) + count(c.iter()) + counts(c.ifs());
        }
        return n;
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
