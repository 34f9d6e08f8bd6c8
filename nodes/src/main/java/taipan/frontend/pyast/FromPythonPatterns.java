package taipan.frontend.pyast;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.TypeParam;
import taipan.runtime.object.PNone;

/** The {@code match} patterns and PEP 695 type parameters of {@link FromPython}. */
final class FromPythonPatterns {

    private FromPythonPatterns() {
    }

    static Pattern pattern(FromPython p, Object o) {
        String n = p.kind(o, "pattern");
        Span s = p.span(o, "pattern");
        return switch (n) {
            case "MatchValue" -> new Pattern.MatchValue(s, p.expr(o, "value", n));
            case "MatchSingleton" -> new Pattern.MatchSingleton(s, singleton(p, p.required(o, "value", n)));
            case "MatchSequence" -> new Pattern.MatchSequence(s, p.list(o, "patterns", n, v -> pattern(p, v)));
            case "MatchMapping" -> new Pattern.MatchMapping(s, p.exprs(o, "keys", n),
                            p.list(o, "patterns", n, v -> pattern(p, v)), p.optionalIdentifier(o, "rest"));
            case "MatchClass" -> new Pattern.MatchClass(s, p.expr(o, "cls", n), p.list(o, "patterns", n, v -> pattern(p, v)),
                            p.identifiers(o, "kwd_attrs", n), p.list(o, "kwd_patterns", n, v -> pattern(p, v)));
            case "MatchStar" -> new Pattern.MatchStar(s, p.optionalIdentifier(o, "name"));
            case "MatchAs" -> new Pattern.MatchAs(s, optionalPattern(p, p.attr(o, "pattern")),
                            p.optionalIdentifier(o, "name"));
            case "MatchOr" -> new Pattern.MatchOr(s, p.list(o, "patterns", n, v -> pattern(p, v)));
            default -> throw p.typeError("expected some sort of pattern, but got %s", p.repr(o));
        };
    }

    private static Pattern optionalPattern(FromPython p, Object value) {
        return value == null || value == PNone.NONE ? null : pattern(p, value);
    }

    private static Object singleton(FromPython p, Object value) {
        if (value instanceof Boolean) {
            return value;
        } else if (value == PNone.NONE) {
            return Expr.Singleton.NONE;
        }
        throw p.valueError("MatchSingleton can only contain True, False and None");
    }

    static TypeParam typeParam(FromPython p, Object o) {
        String n = p.kind(o, "type_param");
        Span s = p.span(o, "type_param");
        return switch (n) {
            case "TypeVar" -> new TypeParam.TypeVar(s, p.identifier(o, "name", n), p.optionalExpr(o, "bound"),
                            p.optionalExpr(o, "default_value"));
            case "ParamSpec" -> new TypeParam.ParamSpec(s, p.identifier(o, "name", n), p.optionalExpr(o, "default_value"));
            case "TypeVarTuple" -> new TypeParam.TypeVarTuple(s, p.identifier(o, "name", n),
                            p.optionalExpr(o, "default_value"));
            default -> throw p.typeError("expected some sort of type_param, but got %s", p.repr(o));
        };
    }
}
