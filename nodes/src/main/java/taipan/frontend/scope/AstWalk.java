package taipan.frontend.scope;

import java.util.List;
import java.util.function.Consumer;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.Stmt;

/**
 * Structural traversal for the nodes the scope passes treat alike: the direct children of an expression or a simple
 * statement, in ASDL field order (the order CPython's symtable visits them), skipping absent ones.
 */
public final class AstWalk {

    private AstWalk() {
    }

    /** Visits each direct sub-expression of {@code e}; nodes that open scopes are the caller's business. */
    public static void exprChildren(Expr e, Consumer<Expr> visit) {
        switch (e) {
            case Expr.NamedExpr x -> each(visit, x.target(), x.value());
            case Expr.BoolOpExpr x -> all(x.values(), visit);
            case Expr.BinOp x -> each(visit, x.left(), x.right());
            case Expr.UnaryOpExpr x -> visit.accept(x.operand());
            case Expr.IfExp x -> each(visit, x.test(), x.body(), x.orelse());
            case Expr.Dict x -> {
                all(x.keys(), visit);
                all(x.values(), visit);
            }
            case Expr.SetExpr x -> all(x.elts(), visit);
            case Expr.Await x -> visit.accept(x.value());
            case Expr.Yield x -> each(visit, x.value());
            case Expr.YieldFrom x -> visit.accept(x.value());
            case Expr.Compare x -> {
                visit.accept(x.left());
                all(x.comparators(), visit);
            }
            case Expr.Call x -> {
                visit.accept(x.func());
                all(x.args(), visit);
                for (Keyword k : x.keywords()) {
                    visit.accept(k.value());
                }
            }
            case Expr.FormattedValue x -> each(visit, x.value(), x.formatSpec());
            case Expr.JoinedStr x -> all(x.values(), visit);
            case Expr.Attribute x -> visit.accept(x.value());
            case Expr.Subscript x -> each(visit, x.value(), x.slice());
            case Expr.Starred x -> visit.accept(x.value());
            case Expr.Slice x -> each(visit, x.lower(), x.upper(), x.step());
            case Expr.ListExpr x -> all(x.elts(), visit);
            case Expr.Tuple x -> all(x.elts(), visit);
            default -> {
                // lambdas and comprehensions open scopes; names and constants have no children
            }
        }
    }

    /**
     * Visits the expressions and statement lists of a statement without scopes, bindings or patterns of its own
     * ({@code Delete}, {@code Assign}, {@code AugAssign}, {@code For}, {@code While}, {@code If}, {@code Raise},
     * {@code Assert}, expression statements); any other statement is left to the caller.
     *
     * @return false if {@code s} is not such a statement
     */
    static boolean simpleStmt(Stmt s, Consumer<Expr> visit, Consumer<List<Stmt>> block) {
        switch (s) {
            case Stmt.Delete x -> all(x.targets(), visit);
            case Stmt.Assign x -> {
                all(x.targets(), visit);
                visit.accept(x.value());
            }
            case Stmt.AugAssign x -> each(visit, x.target(), x.value());
            case Stmt.For x -> {
                each(visit, x.target(), x.iter());
                block.accept(x.body());
                block.accept(x.orelse());
            }
            case Stmt.While x -> {
                visit.accept(x.test());
                block.accept(x.body());
                block.accept(x.orelse());
            }
            case Stmt.If x -> {
                visit.accept(x.test());
                block.accept(x.body());
                block.accept(x.orelse());
            }
            case Stmt.Raise x -> each(visit, x.exc(), x.cause());
            case Stmt.Assert x -> each(visit, x.test(), x.msg());
            case Stmt.ExprStmt x -> visit.accept(x.value());
            case Stmt.Pass x -> {
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void each(Consumer<Expr> visit, Expr... exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visit.accept(e);
            }
        }
    }

    private static void all(List<? extends Expr> list, Consumer<Expr> visit) {
        for (Expr e : list) {
            if (e != null) {
                visit.accept(e);
            }
        }
    }
}
