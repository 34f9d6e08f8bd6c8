package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Operators.UnaryOp;
import taipan.frontend.ast.PyRepr;

/**
 * An expression back to source text, as CPython's {@code Python/ast_unparse.c} writes the annotations of a module
 * with {@code from __future__ import annotations}: normalised spacing, minimal parentheses by precedence.
 */
final class ExprUnparser {

    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private ExprUnparser() {
    }

    /** The text of {@code e} as an annotation (CPython unparses it at the {@code test} level). */
    static String unparse(Expr e) {
        ExprUnparser u = new ExprUnparser();
        u.expr(e, TEST);
        return u.out.toString();
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOpExpr b -> {
                int pr = b.op() == taipan.frontend.ast.Operators.BoolOp.And ? AND : OR;
                open(level > pr);
                joined(b.values(), pr == AND ? " and " : " or ", pr + 1);
                close(level > pr);
            }
            case Expr.NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                out.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
            case Expr.BinOp b -> binOp(b, level);
            case Expr.UnaryOpExpr u -> {
                int pr = u.op() == UnaryOp.Not ? NOT : FACTOR;
                open(level > pr);
                out.append(u.op() == UnaryOp.Not ? "not " : u.op().symbol);
                expr(u.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda l -> {
                open(level > TEST);
                out.append("lambda");
                String args = arguments(l.args());
                out.append(args.isEmpty() ? "" : " " + args).append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case Expr.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                out.append(" if ");
                expr(i.test(), TEST + 1);
                out.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Expr.Dict d -> dict(d);
            case Expr.SetExpr s -> {
                if (s.elts().isEmpty()) {
                    out.append("{*()}");
                } else {
                    out.append('{');
                    joined(s.elts(), ", ", TEST);
                    out.append('}');
                }
            }
            case Expr.ListComp c -> comprehension("[", c.elt(), null, c.generators(), "]");
            case Expr.SetComp c -> comprehension("{", c.elt(), null, c.generators(), "}");
            case Expr.DictComp c -> comprehension("{", c.key(), c.value(), c.generators(), "}");
            case Expr.GeneratorExp c -> comprehension("(", c.elt(), null, c.generators(), ")");
            case Expr.Await a -> {
                open(level > AWAIT);
                out.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Expr.Yield y -> {
                out.append(y.value() == null ? "(yield)" : "(yield ");
                if (y.value() != null) {
                    expr(y.value(), TEST);
                    out.append(')');
                }
            }
            case Expr.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), TEST);
                out.append(')');
            }
            case Expr.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(' ').append(c.ops().get(i).symbol).append(' ');
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Expr.Call c -> call(c);
            case Expr.JoinedStr j -> out.append('f').append(PyRepr.of(fstringBody(j.values())));
            case Expr.FormattedValue f -> out.append('f').append(PyRepr.of(fstringBody(List.of(f))));
            case Expr.Constant c -> constant(c.value());
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                boolean intConstant = a.value() instanceof Expr.Constant c && (c.value() instanceof Long
                                || c.value() instanceof Integer || c.value() instanceof java.math.BigInteger);
                out.append(intConstant ? " ." : ".").append(a.attr());
            }
            case Expr.Subscript s -> subscript(s);
            case Expr.Starred s -> {
                out.append('*');
                expr(s.value(), BOR);
            }
            case Expr.Name n -> out.append(n.id());
            case Expr.ListExpr l -> {
                out.append('[');
                joined(l.elts(), ", ", TEST);
                out.append(']');
            }
            case Expr.Tuple t -> tuple(t.elts(), level);
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                out.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), TEST);
                }
            }
            default -> out.append("...");
        }
    }

    private void binOp(Expr.BinOp b, int level) {
        int pr = switch (b.op()) {
            case Add, Sub -> ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
            case LShift, RShift -> SHIFT;
            case BitOr -> BOR;
            case BitXor -> BXOR;
            case BitAnd -> BAND;
            case Pow -> POWER;
        };
        int rightAssociative = b.op() == Operator.Pow ? 1 : 0;
        open(level > pr);
        expr(b.left(), pr + rightAssociative);
        out.append(' ').append(b.op().symbol).append(' ');
        expr(b.right(), pr + 1 - rightAssociative);
        close(level > pr);
    }

    private void dict(Expr.Dict d) {
        out.append('{');
        for (int i = 0; i < d.values().size(); i++) {
            out.append(i > 0 ? ", " : "");
            if (d.keys().get(i) == null) {
                out.append("**");
                expr(d.values().get(i), BOR);
            } else {
                expr(d.keys().get(i), TEST);
                out.append(": ");
                expr(d.values().get(i), TEST);
            }
        }
        out.append('}');
    }

    private void comprehension(String start, Expr elt, Expr value, List<Comprehension> generators, String end) {
        out.append(start);
        expr(elt, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Comprehension c : generators) {
            out.append(c.isAsync() ? " async for " : " for ");
            expr(c.target(), TUPLE);
            out.append(" in ");
            expr(c.iter(), TEST + 1);
            for (Expr condition : c.ifs()) {
                out.append(" if ");
                expr(condition, TEST + 1);
            }
        }
        out.append(end);
    }

    private void call(Expr.Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(g, TEST); // the generator's own parentheses are the call's
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr arg : c.args()) {
            out.append(first ? "" : ", ");
            first = false;
            expr(arg, TEST);
        }
        for (Keyword k : c.keywords()) {
            out.append(first ? "" : ", ");
            first = false;
            out.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(k.value(), TEST);
        }
        out.append(')');
    }

    private void subscript(Expr.Subscript s) {
        expr(s.value(), ATOM);
        out.append('[');
        if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            joined(t.elts(), ", ", TEST);
            if (t.elts().size() == 1) {
                out.append(',');
            }
        } else {
            expr(s.slice(), TUPLE);
        }
        out.append(']');
    }

    private void tuple(List<Expr> elts, int level) {
        if (elts.isEmpty()) {
            out.append("()");
            return;
        }
        open(level > TUPLE);
        joined(elts, ", ", TEST);
        if (elts.size() == 1) {
            out.append(',');
        }
        close(level > TUPLE);
    }

    private void constant(Object value) {
        if (value == Expr.Singleton.ELLIPSIS) {
            out.append("...");
        } else if (value instanceof Double d && d.isInfinite()) {
            out.append(d > 0 ? "1e309" : "-1e309");
        } else if (value instanceof Expr.Imaginary im && Double.isInfinite(im.imag())) {
            out.append("1e309j");
        } else {
            out.append(PyRepr.of(value));
        }
    }

    /** The text between an f-string's quotes: literal parts with braces doubled, fields in braces. */
    private static String fstringBody(List<Expr> values) {
        StringBuilder body = new StringBuilder();
        for (Expr part : values) {
            if (part instanceof Expr.Constant c && c.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (part instanceof Expr.FormattedValue f) {
                ExprUnparser inner = new ExprUnparser();
                inner.expr(f.value(), TEST + 1);
                String text = inner.out.toString();
                body.append(text.startsWith("{") ? "{ " : "{").append(text);
                if (f.conversion() > 0) {
                    body.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    body.append(':').append(fstringBody(spec.values()));
                }
                body.append('}');
            }
        }
        return body.toString();
    }

    private String arguments(Arguments a) {
        StringBuilder text = new StringBuilder();
        int positional = a.posonlyargs().size() + a.args().size();
        int firstDefault = positional - a.defaults().size();
        for (int i = 0; i < positional; i++) {
            boolean posonly = i < a.posonlyargs().size();
            Arguments.Arg arg = posonly ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            text.append(i > 0 ? ", " : "").append(arg.arg());
            if (i >= firstDefault) {
                text.append('=').append(sub(a.defaults().get(i - firstDefault)));
            }
            if (posonly && i == a.posonlyargs().size() - 1) {
                text.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            text.append(text.length() > 0 ? ", " : "").append('*');
            text.append(a.vararg() != null ? a.vararg().arg() : "");
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            text.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                text.append('=').append(sub(d));
            }
        }
        if (a.kwarg() != null) {
            text.append(text.length() > 0 ? ", " : "").append("**").append(a.kwarg().arg());
        }
        return text.toString();
    }

    private static String sub(Expr e) {
        ExprUnparser u = new ExprUnparser();
        u.expr(e, TEST);
        return u.out.toString();
    }

    private void joined(List<Expr> items, String separator, int level) {
        for (int i = 0; i < items.size(); i++) {
            out.append(i > 0 ? separator : "");
            expr(items.get(i), level);
        }
    }

    private void open(boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
        }
    }

    private void close(boolean parenthesize) {
        if (parenthesize) {
            out.append(')');
        }
    }
}
