package taipan.frontend.parse;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Expr.*;
import taipan.frontend.ast.Operators.ExprContext;

/** Turns a parsed expression into an assignment or deletion target, with CPython's invalid-target messages. */
final class Targets {

    private Targets() {
    }

    /** The expression with Store context, or a SyntaxError "cannot {verb} X". */
    static Expr toStore(ParserBase p, Expr e, String verb) {
        return convert(p, e, ExprContext.Store, verb);
    }

    static Expr toDel(ParserBase p, Expr e) {
        return convert(p, e, ExprContext.Del, "delete");
    }

    /** The first sub-expression that cannot be a target, or null when all can. */
    static Expr invalidTarget(Expr e, boolean del) {
        return switch (e) {
            case Name n -> null;
            case Attribute a -> null;
            case Subscript s -> null;
            case Starred s -> del ? e : invalidTarget(s.value(), del);
            case Tuple t -> firstInvalid(t.elts(), del);
            case ListExpr l -> firstInvalid(l.elts(), del);
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, boolean del) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, del);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    private static Expr convert(ParserBase p, Expr e, ExprContext ctx, String verb) {
        return switch (e) {
            case Name n -> new Name(n.span(), n.id(), ctx);
            case Attribute a -> new Attribute(a.span(), a.value(), a.attr(), ctx);
            case Subscript s -> new Subscript(s.span(), s.value(), s.slice(), ctx);
            case Starred s -> {
                if (ctx == ExprContext.Del) {
                    throw p.errorSpan("cannot delete starred", s.span());
                }
                yield new Starred(s.span(), convert(p, s.value(), ctx, verb), ctx);
            }
            case Tuple t -> new Tuple(t.span(), convertAll(p, t.elts(), ctx, verb), ctx);
            case ListExpr l -> new ListExpr(l.span(), convertAll(p, l.elts(), ctx, verb), ctx);
            default -> throw p.errorSpan("cannot " + verb + " " + ExprNames.of(e), e.span());
        };
    }

    private static List<Expr> convertAll(ParserBase p, List<Expr> elts, ExprContext ctx, String verb) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(convert(p, x, ctx, verb));
        }
        return out;
    }
}
