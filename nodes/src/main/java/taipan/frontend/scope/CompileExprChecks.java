package taipan.frontend.scope;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Span;
import taipan.frontend.scope.CompileUnit.Kind;

/** The expression part of {@link CompileChecks} (CPython's {@code compiler_visit_expr} and its helpers). */
final class CompileExprChecks {

    private final CompileChecks c;

    CompileExprChecks(CompileChecks c) {
        this.c = c;
    }

    void visitAll(List<? extends Expr> list) {
        for (Expr e : list) {
            visit(e);
        }
    }

    void visitAllNullable(List<? extends Expr> list) {
        for (Expr e : list) {
            visitOptional(e);
        }
    }

    void visitOptional(Expr e) {
        if (e != null) {
            visit(e);
        }
    }

    void visit(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> {
                visit(e.value());
                visit(e.target());
            }
            case Expr.Lambda e -> visitLambda(e);
            case Expr.SetExpr e -> visitElements(e.elts());
            case Expr.ListComp e -> comprehension(e, e.generators(), e.elt(), null, false);
            case Expr.SetComp e -> comprehension(e, e.generators(), e.elt(), null, false);
            case Expr.DictComp e -> comprehension(e, e.generators(), e.key(), e.value(), false);
            case Expr.GeneratorExp e -> comprehension(e, e.generators(), e.elt(), null, true);
            case Expr.Yield e -> {
                checkYield(e, "'yield' outside function");
                visitOptional(e.value());
            }
            case Expr.YieldFrom e -> {
                checkYield(e, "'yield from' outside function");
                if (c.unit.kind == Kind.ASYNC_FUNCTION) {
                    throw c.errors.at(e.span(), "'yield from' inside async function");
                }
                visit(e.value());
            }
            case Expr.Await e -> visitAwait(e);
            case Expr.Call e -> {
                visit(e.func());
                visitCallArgs(e.args(), e.keywords());
            }
            case Expr.Attribute e -> {
                visit(e.value());
                if (e.ctx() == ExprContext.Store) {
                    c.checkStore(e.attr(), attributeLocation(e));
                }
            }
            case Expr.Starred e -> throw c.errors.at(e.span(), e.ctx() == ExprContext.Store
                            ? "starred assignment target must be in a list or tuple"
                            : "can't use starred expression here");
            case Expr.Name e -> checkTarget(e.id(), e.ctx(), e);
            case Expr.ListExpr e -> visitSequence(e, e.elts(), e.ctx());
            case Expr.Tuple e -> visitSequence(e, e.elts(), e.ctx());
            default -> AstWalk.exprChildren(expr, this::visit);
        }
    }

    private void checkTarget(String name, ExprContext ctx, Expr e) {
        if (ctx == ExprContext.Store) {
            c.checkStore(name, e.span());
        } else if (ctx == ExprContext.Del) {
            c.checkDelete(name, e.span());
        }
    }

    /** CPython's {@code update_start_location_to_match_attr}: a multi-line attribute is located at its name. */
    private static Span attributeLocation(Expr.Attribute e) {
        Span sp = e.span();
        if (sp.lineno() == sp.endLineno()) {
            return sp;
        }
        int len = e.attr().length();
        int col = len <= sp.endColOffset() ? sp.endColOffset() - len : -1;
        int endCol = col < 0 ? -1 : Math.max(col, sp.endColOffset());
        return new Span(sp.endLineno(), col, sp.endLineno(), endCol);
    }

    private void visitAwait(Expr.Await e) {
        if (c.topLevelAwait(c.unit)) {
            visit(e.value());
            return;
        }
        if (!c.unit.ste.type.isFunctionLike()) {
            throw c.errors.at(e.span(), "'await' outside function");
        }
        if (c.unit.kind != Kind.ASYNC_FUNCTION && c.unit.kind != Kind.COMPREHENSION) {
            throw c.errors.at(e.span(), "'await' outside async function");
        }
        visit(e.value());
    }

    private void checkYield(Expr e, String msg) {
        if (!c.unit.ste.type.isFunctionLike()) {
            throw c.errors.at(e.span(), msg);
        }
    }

    /** Call arguments and class bases: starred arguments are allowed; keyword names are checked first. */
    void visitCallArgs(List<Expr> args, List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                continue;
            }
            c.checkStore(k.arg(), k.span());
            if (!seen.add(k.arg())) {
                throw c.errors.at(k.span(), "keyword argument repeated: " + k.arg());
            }
        }
        visitElements(args);
        keywords.forEach(k -> visit(k.value()));
    }

    private void visitElements(List<Expr> elts) {
        for (Expr e : elts) {
            visit(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    /** A tuple or list: as an assignment target it is unpacked (CPython's {@code unpack_helper}). */
    private void visitSequence(Expr e, List<Expr> elts, ExprContext ctx) {
        if (ctx == ExprContext.Store) {
            boolean seenStar = false;
            for (int i = 0; i < elts.size(); i++) {
                if (!(elts.get(i) instanceof Expr.Starred)) {
                    continue;
                }
                if (seenStar) {
                    throw c.errors.at(e.span(), "multiple starred expressions in assignment");
                }
                if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.errors.at(e.span(), "too many expressions in star-unpacking assignment");
                }
                seenStar = true;
            }
            visitElements(elts);
        } else if (ctx == ExprContext.Load) {
            visitElements(elts);
        } else {
            visitAll(elts);
        }
    }

    private void visitLambda(Expr.Lambda e) {
        c.checkArgs(e.args());
        visitAll(e.args().defaults());
        visitAllNullable(e.args().kwDefaults());
        CompileUnit outer = c.enter(c.info.scopeOf(e), Kind.LAMBDA);
        visit(e.body());
        c.unit = outer;
    }

    private void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean isGenexp) {
        Scope comp = c.info.scopeOf(e);
        Comprehension outermost = generators.get(0);
        visit(outermost.iter());
        CompileUnit outer = c.unit;
        if (!comp.compInlined) {
            c.enter(comp, Kind.COMPREHENSION);
        }
        if (comp.coroutine && !isGenexp && outer.kind != Kind.ASYNC_FUNCTION && outer.kind != Kind.COMPREHENSION
                        && !c.topLevelAwait(outer)) {
            c.unit = outer;
            throw c.errors.at(e.span(), "asynchronous comprehension outside of an asynchronous function");
        }
        visit(outermost.target());
        visitAll(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            visit(g.iter());
            visit(g.target());
            visitAll(g.ifs());
        }
        visitOptional(value);
        visit(elt);
        c.unit = outer;
    }
}
