package taipan.frontend.parse;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Arguments.Arg;
import taipan.frontend.ast.Expr;
import taipan.frontend.token.Token;

/** Parses a def or lambda parameter list (CPython's {@code parameters}/{@code lambda_parameters} rules). */
final class ParamParser {

    private final ExprParser p;
    private final boolean annotations;
    private final String closer;
    private final List<Arg> posonly = new ArrayList<>();
    private final List<Arg> args = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private Arg vararg;
    private Arg kwarg;
    private boolean seenSlash;
    private boolean seenStar;

    ParamParser(ExprParser p, boolean annotations, String closer) {
        this.p = p;
        this.annotations = annotations;
        this.closer = closer;
    }

    Arguments parse() {
        while (!p.at(closer)) {
            Token t = p.peek();
            if (kwarg != null) {
                throw p.syntaxError("arguments cannot follow var-keyword argument", t, t);
            }
            if (p.at("/")) {
                slash(t);
            } else if (p.at("*")) {
                star(t);
            } else if (p.at("(")) {
                throw parenthesized(t);
            } else if (p.at("**")) {
                p.next();
                kwarg = p.param(annotations, false);
                if (p.at("=")) {
                    throw p.syntaxError("var-keyword argument cannot have default value", p.peek(), p.peek());
                }
            } else {
                plain();
            }
            if (!p.accept(",")) {
                break;
            }
        }
        if (seenStar && vararg == null && kwonly.isEmpty()) {
            Token t = p.peek();
            throw p.syntaxError("named arguments must follow bare *", t, t);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private void slash(Token t) {
        if (seenSlash) {
            throw p.syntaxError("/ may appear only once", t, t);
        }
        if (seenStar) {
            throw p.syntaxError("/ must be ahead of *", t, t);
        }
        if (args.isEmpty()) {
            if (!p.peek(1).isOp(",")) {
                throw ParserBase.FAIL;
            }
            throw p.syntaxError("at least one argument must precede /", t, t);
        }
        p.next();
        seenSlash = true;
        posonly.addAll(args);
        args.clear();
    }

    private void star(Token t) {
        if (seenStar) {
            throw p.syntaxError("* argument may appear only once", t, t);
        }
        p.next();
        seenStar = true;
        if (p.at(",") || p.at(closer)) {
            if (p.at(closer) || p.peek(1).is("**") || !annotations && p.peek(1).is(closer)) {
                // def reports the star (invalid_star_etc); lambda the last token read (invalid_lambda_star_etc)
                Token at = annotations ? t : p.tok(p.fetched() - 1);
                throw p.syntaxError("named arguments must follow bare *", at, at);
            }
            return;
        }
        vararg = p.param(annotations, true);
        if (p.at("=")) {
            throw p.syntaxError("var-positional argument cannot have default value", p.peek(), p.peek());
        }
    }

    private PythonSyntaxError parenthesized(Token open) {
        p.next();
        do {
            p.name();
        } while (p.accept(",") && !p.at(")"));
        Token close = p.expect(")");
        return p.syntaxError(annotations ? "Function parameters cannot be parenthesized"
                        : "Lambda expression parameters cannot be parenthesized", open, close);
    }

    private void plain() {
        Arg a = p.param(annotations, false);
        Expr dflt = null;
        if (annotations && p.at("=") && (p.peek(1).isOp(")") || p.peek(1).isOp(","))) {
            Token eq = p.peek();
            throw p.syntaxError("expected default value expression", eq, eq);
        }
        if (p.accept("=")) {
            dflt = p.expression();
            p.checkMissingComma(dflt, closer);
        }
        if (seenStar) {
            kwonly.add(a);
            kwDefaults.add(dflt);
            return;
        }
        if (dflt != null) {
            defaults.add(dflt);
        } else if (!defaults.isEmpty()) {
            throw p.errorSpan("parameter without a default follows parameter with a default", a.span());
        }
        args.add(a);
    }
}
