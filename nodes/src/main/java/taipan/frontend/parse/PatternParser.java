package taipan.frontend.parse;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Expr.*;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Operators.UnaryOp;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Pattern.*;
import taipan.frontend.token.Token;
import taipan.frontend.token.TokenKind;

/** The {@code match} statement's pattern rules of CPython's grammar. */
abstract class PatternParser extends ExprParser {

    PatternParser(String source, String filename) {
        super(source, filename);
    }

    /** patterns: an open sequence becomes MatchSequence. */
    final Pattern patterns() {
        int start = pos;
        Pattern first = maybeStarPattern();
        if (!at(",")) {
            if (first instanceof MatchStar) {
                throw FAIL; // a lone star pattern is not a pattern; it needs a sequence
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at(":") || at("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new MatchSequence(span(start), items);
    }

    private Pattern maybeStarPattern() {
        int start = pos;
        if (accept("*")) {
            String n = name();
            return new MatchStar(span(start), n.equals("_") ? null : n);
        }
        return pattern();
    }

    final Pattern pattern() {
        int start = pos;
        Pattern p = orPattern();
        if (at("as")) {
            next();
            Token t = peek();
            if (!atName()) {
                Expr e = expression(); // CPython's invalid_as_pattern: 'as' !NAME expression
                throw errorSpan("invalid pattern target", e.span());
            }
            String n = name();
            if (n.equals("_")) {
                throw syntaxError("cannot use '_' as a target", t, t);
            }
            return new MatchAs(span(start), p, n);
        }
        return p;
    }

    private Pattern orPattern() {
        int start = pos;
        Pattern first = closedPattern();
        if (!at("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept("|")) {
            alts.add(closedPattern());
        }
        return new MatchOr(span(start), alts);
    }

    private Pattern closedPattern() {
        int start = pos;
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                Expr v = numberExpr();
                return new MatchValue(v.span(), v);
            }
            case STRING, FSTRING_START -> {
                Expr s = StringAtoms.strings(this);
                return new MatchValue(s.span(), s);
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        Expr v = numberExpr();
                        return new MatchValue(v.span(), v);
                    }
                    case "(" -> {
                        return parenPattern(start);
                    }
                    case "[" -> {
                        next();
                        List<Pattern> items = sequenceItems("]");
                        expect("]");
                        return new MatchSequence(span(start), items);
                    }
                    case "{" -> {
                        return mappingPattern(start);
                    }
                    default -> throw FAIL;
                }
            }
            case NAME -> {
                return namePattern(start, t);
            }
            default -> throw FAIL;
        }
    }

    private Pattern namePattern(int start, Token t) {
        switch (t.text()) {
            case "None" -> {
                next();
                return new MatchSingleton(tokSpan(t), Singleton.NONE);
            }
            case "True", "False" -> {
                next();
                return new MatchSingleton(tokSpan(t), t.text().equals("True"));
            }
            default -> {
            }
        }
        String n = name();
        if (!at(".") && !at("(")) {
            return new MatchAs(tokSpan(t), null, n.equals("_") ? null : n);
        }
        Expr cls = new Name(tokSpan(t), n, ExprContext.Load);
        while (accept(".")) {
            String attr = name();
            cls = new Attribute(span(start), cls, attr, ExprContext.Load);
        }
        if (!at("(")) {
            return new MatchValue(cls.span(), cls);
        }
        return classPattern(start, cls);
    }

    private Pattern classPattern(int start, Expr cls) {
        expect("(");
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(")")) {
            if (atName() && peek(1).isOp("=")) {
                kwdAttrs.add(next().text());
                next();
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorSpan("positional patterns follow keyword patterns", p.span());
                }
                positional.add(p);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new MatchClass(span(start), cls, positional, kwdAttrs, kwdPatterns);
    }

    private Pattern parenPattern(int start) {
        next();
        if (accept(")")) {
            return new MatchSequence(span(start), List.of());
        }
        Pattern first = maybeStarPattern();
        if (accept(")")) {
            if (first instanceof MatchStar) {
                throw FAIL;
            }
            return first;
        }
        expect(",");
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        items.addAll(sequenceItems(")"));
        expect(")");
        return new MatchSequence(span(start), items);
    }

    private List<Pattern> sequenceItems(String closer) {
        List<Pattern> items = new ArrayList<>();
        while (!at(closer)) {
            items.add(maybeStarPattern());
            if (!accept(",")) {
                break;
            }
        }
        return items;
    }

    private Pattern mappingPattern(int start) {
        next();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (accept("**")) {
                rest = name();
                if (rest.equals("_")) {
                    throw FAIL; // double_star_pattern takes a pattern_capture_target: !"_" NAME
                }
                accept(",");
                break;
            }
            keys.add(mappingKey());
            expect(":");
            values.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new MatchMapping(span(start), keys, values, rest);
    }

    private Expr mappingKey() {
        Token t = peek();
        int start = pos;
        if (t.kind() == TokenKind.NUMBER || t.isOp("-")) {
            return numberExpr();
        }
        if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING_START) {
            return StringAtoms.strings(this);
        }
        if (t.is("None") || t.is("True") || t.is("False")) {
            return atom();
        }
        Expr e = new Name(tokSpan(t), name(), ExprContext.Load);
        if (!at(".")) {
            throw FAIL;
        }
        while (accept(".")) {
            String attr = name();
            e = new Attribute(span(start), e, attr, ExprContext.Load);
        }
        return e;
    }

    /** signed_number, or complex_number: a real part plus or minus an imaginary one. */
    private Expr numberExpr() {
        int start = pos;
        Expr real = signedNumber();
        if (at("+") || at("-")) {
            Operator op = at("+") ? Operator.Add : Operator.Sub;
            next();
            Token t = expectKind(TokenKind.NUMBER);
            Expr imag = new Constant(tokSpan(t), Numbers.parse(t.text()), null);
            if (!(((Constant) imag).value() instanceof Imaginary)) {
                throw errorSpan("imaginary number required in complex literal", imag.span());
            }
            return new BinOp(span(start), real, op, imag);
        }
        return real;
    }

    private Expr signedNumber() {
        int start = pos;
        if (accept("-")) {
            Token t = expectKind(TokenKind.NUMBER);
            Expr c = new Constant(tokSpan(t), Numbers.parse(t.text()), null);
            return new UnaryOpExpr(span(start), UnaryOp.USub, c);
        }
        Token t = expectKind(TokenKind.NUMBER);
        return new Constant(tokSpan(t), Numbers.parse(t.text()), null);
    }
}
