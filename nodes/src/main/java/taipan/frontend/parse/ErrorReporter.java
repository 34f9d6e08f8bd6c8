package taipan.frontend.parse;

import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Expr.*;
import taipan.frontend.ast.Stmt;
import taipan.frontend.parse.PythonSyntaxError.Kind;
import taipan.frontend.token.Token;
import taipan.frontend.token.TokenKind;
import taipan.frontend.token.Tokenizer;

/** CPython's specific syntax-error messages (its {@code invalid_*} rules) and the generic fallback. */
final class ErrorReporter {

    private ErrorReporter() {
    }

    /** The error for a parse that matched no alternative, as CPython's {@code _PyPegen_set_syntax_error}. */
    static PythonSyntaxError invalidSyntax(ParserBase p) {
        Token last = p.tok(Math.min(p.fetched() - 1, p.normalFurthest()));
        List<Tokenizer.Bracket> open = p.tz.openBrackets();
        if (last.kind() == TokenKind.ENDMARKER && !open.isEmpty()) {
            return neverClosed(p, open.get(open.size() - 1));
        }
        if (last.kind() == TokenKind.INDENT) {
            return p.errorAt(Kind.IndentationError, "unexpected indent", last, last);
        }
        if (last.kind() == TokenKind.DEDENT) {
            return p.errorAt(Kind.IndentationError, "unexpected unindent", last, last);
        }
        PythonSyntaxError generic = p.errorAt(Kind.SyntaxError, "invalid syntax", last, last);
        probeAhead(p, Math.min(p.fetched() - 1, p.normalFurthest()));
        return tokenizeRest(p, generic, p.tok(p.fetched() - 1).line());
    }

    /**
     * CPython's second pass tries its invalid_* rules, which may read far beyond the failure (two expressions in a
     * row are parsed as one would be); the line it reaches decides whether an unclosed bracket is blamed instead.
     */
    private static void probeAhead(ParserBase p, int failIndex) {
        if (failIndex < 1 || !(p instanceof ExprParser ep)) {
            return;
        }
        Token before = p.tok(failIndex - 1);
        Token failing = p.tok(failIndex);
        if (before.kind() == TokenKind.NAME && (failing.kind() == TokenKind.STRING
                        || failing.kind() == TokenKind.FSTRING_START)) {
            return; // invalid_expression's !(NAME STRING) lookahead
        }
        boolean endsExpr = before.kind() == TokenKind.NAME && !ParserBase.KEYWORDS.contains(before.text())
                        || before.kind() == TokenKind.NUMBER || before.kind() == TokenKind.STRING
                        || before.kind() == TokenKind.FSTRING_END || before.isOp(")") || before.isOp("]")
                        || before.isOp("}");
        int save = p.pos;
        p.pos = failIndex;
        p.probing = true;
        try {
            if (endsExpr && ep.startsExpression()) {
                ep.expression();
            }
        } catch (ParserBase.Fail | PythonSyntaxError e) {
            // only the distance read matters
        } finally {
            p.pos = save;
            p.probing = false;
        }
    }

    /** CPython's _PyPegen_tokenize_full_source_to_check_for_errors: a later tokenizer error wins. */
    static PythonSyntaxError tokenizeRest(ParserBase p, PythonSyntaxError generic, int errLine) {
        try {
            for (int i = p.fetched(); p.tok(i - 1).kind() != TokenKind.ENDMARKER; i++) {
                p.tok(i);
            }
        } catch (PythonSyntaxError e) {
            if (!p.tz.isStatusError(e)) {
                return e;
            }
        }
        List<Tokenizer.Bracket> open = p.tz.openBrackets();
        if (!open.isEmpty() && open.get(open.size() - 1).line() < errLine) {
            return neverClosed(p, open.get(open.size() - 1));
        }
        return generic;
    }

    private static PythonSyntaxError neverClosed(ParserBase p, Tokenizer.Bracket b) {
        int off = p.src.codePointCount(b.lineStart(), b.pos()) + 1;
        return new PythonSyntaxError(Kind.SyntaxError, "'" + b.ch() + "' was never closed", p.filename, b.line(), off,
                        b.line(), 0, p.tz.lineText(b.lineStart()));
    }

    /** A simple statement followed by something other than NEWLINE or ';'. */
    static void afterSimpleStatement(ExprParser p, Stmt s) {
        Token t = p.peek();
        Token prev = p.tok(p.pos - 1);
        if (prev.kind() == TokenKind.NAME && (prev.text().equals("print") || prev.text().equals("exec"))
                        && startsExpr(t)) {
            Name n = new Name(ParserBase.tokSpan(prev), prev.text(), taipan.frontend.ast.Operators.ExprContext.Load);
            Expr rest;
            try {
                rest = p.starExpressions();
            } catch (ParserBase.Fail f) {
                return;
            }
            throw p.errorSpan("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?",
                            taipan.frontend.ast.Span.of(n.span(), rest.span()));
        }
    }

    private static boolean startsExpr(Token t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING, FSTRING_START -> true;
            case OP -> t.text().equals("(") || t.text().equals("[") || t.text().equals("{") || t.text().equals("-");
            default -> false;
        };
    }

    /** CPython's invalid_named_expression for {@code a = b} where a comparison or walrus was meant. */
    static void equalsInCondition(ExprParser p, int start) {
        int save = p.pos;
        boolean wasProbing = p.probing;
        p.probing = true;
        try {
            p.pos = start;
            Token first = p.peek();
            boolean excluded = first.is("True") || first.is("None") || first.is("False");
            Expr a = p.bitwiseOr();
            if (!p.at("=")) {
                return;
            }
            p.next();
            Expr b = p.bitwiseOr();
            if (p.at("=") || p.at(":=")) {
                return;
            }
            if (a instanceof Name) {
                throw p.errorSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Span.of(a.span(), b.span()));
            }
            if (!excluded && !(a instanceof Tuple || a instanceof ListExpr || a instanceof GeneratorExp)) {
                throw p.errorSpan("cannot assign to " + ExprNames.of(a) + " here. Maybe you meant '==' instead of '='?",
                                a.span());
            }
        } catch (ParserBase.Fail f) {
            return;
        } finally {
            p.pos = save;
            p.probing = wasProbing;
        }
    }

    /** A compound statement header not followed by ':'. */
    static void expectedColon(ParserBase p) {
        Token t = p.peek();
        if (t.kind() == TokenKind.NEWLINE) {
            throw p.syntaxError("expected ':'", t, t);
        }
    }

    /** An assignment target converted to Store, with CPython's messages for invalid ones. */
    static Expr assignTarget(ParserBase p, Expr t, boolean single, boolean parenthesized) {
        Expr bad = Targets.invalidTarget(t, false);
        if (bad == null) {
            return Targets.toStore(p, t, "assign to");
        }
        if ((t instanceof Yield || t instanceof YieldFrom) && !parenthesized) {
            throw p.errorSpan("assignment to yield expression not possible", t.span());
        }
        boolean maybeEq = single && bad == t && !(t instanceof Tuple || t instanceof ListExpr || t instanceof GeneratorExp)
                        && !(t instanceof Constant c && (c.value() instanceof Boolean || c.value() == Singleton.NONE))
                        ;
        if (maybeEq) {
            throw p.errorSpan("cannot assign to " + ExprNames.of(t) + " here. Maybe you meant '==' instead of '='?",
                            t.span());
        }
        throw p.errorSpan("cannot assign to " + ExprNames.of(bad), bad.span());
    }

    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Compare || e instanceof BoolOpExpr || e instanceof IfExp || e instanceof Lambda
                        || e instanceof NamedExpr || e instanceof UnaryOpExpr u
                                        && u.op() == taipan.frontend.ast.Operators.UnaryOp.Not
                        || e instanceof Yield || e instanceof YieldFrom || e instanceof Starred);
    }
}
