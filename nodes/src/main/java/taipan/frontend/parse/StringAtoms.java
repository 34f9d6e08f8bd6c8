package taipan.frontend.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Expr.Bytes;
import taipan.frontend.ast.Expr.Constant;
import taipan.frontend.ast.Expr.FormattedValue;
import taipan.frontend.ast.Expr.JoinedStr;
import taipan.frontend.ast.Span;
import taipan.frontend.token.Token;
import taipan.frontend.token.TokenKind;

/**
 * The {@code strings} rule: adjacent string, bytes and f-string literals concatenated as CPython's
 * {@code _PyPegen_concatenate_strings} does, with PEP 701 f-strings parsed from their tokens.
 */
final class StringAtoms {

    private StringAtoms() {
    }

    static Expr strings(ExprParser p) {
        int start = p.pos;
        List<Expr> pieces = new ArrayList<>();
        ByteArrayOutputStream bytes = null;
        boolean anyStr = false;
        boolean anyF = false;
        Token firstBytesTok = null;
        Token firstStrTok = null;
        while (p.atKind(TokenKind.STRING) || p.atKind(TokenKind.FSTRING_START)) {
            Token t = p.peek();
            if (t.kind() == TokenKind.FSTRING_START) {
                anyF = true;
                anyStr = true;
                firstStrTok = firstStrTok == null ? t : firstStrTok;
                fstring(p, pieces);
                continue;
            }
            p.next();
            String text = t.text();
            int q = 0;
            while (text.charAt(q) != '"' && text.charAt(q) != '\'') {
                q++;
            }
            String prefix = text.substring(0, q).toLowerCase();
            int quoteLen = text.startsWith("\"\"\"", q) || text.startsWith("'''", q) ? 3 : 1;
            String body = text.substring(q + quoteLen, text.length() - quoteLen);
            boolean raw = prefix.indexOf('r') >= 0;
            try {
                if (prefix.indexOf('b') >= 0) {
                    firstBytesTok = firstBytesTok == null ? t : firstBytesTok;
                    if (bytes == null) {
                        bytes = new ByteArrayOutputStream();
                    }
                    bytes.writeBytes(StringDecoder.decodeBytes(body, raw, m -> CompileWarnings.add(m, t.line(), t.start())));
                } else {
                    anyStr = true;
                    firstStrTok = firstStrTok == null ? t : firstStrTok;
                    String v = StringDecoder.decodeStr(body, raw, m -> CompileWarnings.add(m, t.line(), t.start()));
                    pieces.add(new Constant(ParserBase.tokSpan(t), v, text.charAt(0) == 'u' ? "u" : null));
                }
            } catch (StringDecoder.BadEscape e) {
                throw p.syntaxError(e.getMessage(), t, t);
            }
        }
        Span span = p.span(start);
        if (bytes != null && anyStr) {
            Token t = p.peek();
            throw p.syntaxError("cannot mix bytes and nonbytes literals", t, t);
        }
        if (bytes != null) {
            return new Constant(span, new Bytes(bytes.toByteArray()), null);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Expr e : pieces) {
                sb.append((String) ((Constant) e).value());
            }
            return new Constant(span, sb.toString(), ((Constant) pieces.get(0)).kind());
        }
        return new JoinedStr(span, merge(pieces, true));
    }

    /** Folds runs of adjacent constants into one spanning them all, then drops empty constants. */
    static List<Expr> merge(List<Expr> flat, boolean dropEmpty) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr e = flat.get(i);
            if (e instanceof Constant first) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof Constant) {
                    StringBuilder sb = new StringBuilder();
                    Constant last = first;
                    int j = i;
                    while (j < flat.size() && flat.get(j) instanceof Constant c) {
                        sb.append((String) c.value());
                        last = c;
                        j++;
                    }
                    i = j - 1;
                    e = new Constant(Span.of(first.span(), last.span()), sb.toString(), first.kind());
                }
                if (dropEmpty && ((String) ((Constant) e).value()).isEmpty()) {
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    /** One f-string: FSTRING_START (middle | replacement field)* FSTRING_END, appending its parts. */
    private static void fstring(ExprParser p, List<Expr> pieces) {
        Token startTok = p.next();
        boolean raw = startTok.text().toLowerCase().indexOf('r') >= 0;
        while (!p.atKind(TokenKind.FSTRING_END)) {
            Token t = p.peek();
            if (t.kind() == TokenKind.FSTRING_MIDDLE) {
                p.next();
                pieces.add(middle(p, t, raw));
            } else if (t.isOp("{")) {
                field(p, pieces, raw);
            } else {
                throw ParserBase.FAIL;
            }
        }
        p.next();
    }

    private static Constant middle(ExprParser p, Token t, boolean raw) {
        try {
            return new Constant(ParserBase.tokSpan(t), StringDecoder.decodeStr(t.text(), raw, m -> CompileWarnings.add(m, t.line(), t.start())), null);
        } catch (StringDecoder.BadEscape e) {
            throw p.syntaxError(e.getMessage(), t, t);
        }
    }

    /** A replacement field {@code '{' expr ['='] ['!' conversion] [':' spec] '}'}, with invalid_replacement_field's errors. */
    private static void field(ExprParser p, List<Expr> out, boolean raw) {
        int start = p.pos;
        Token open = p.next();
        if (p.at("}") || p.at("!") || p.at(":") || p.at("=")) {
            Token t = p.peek();
            throw p.syntaxError("f-string: valid expression required before '" + t.text() + "'", t, t);
        }
        lambdaCheck(p);
        Expr value;
        try {
            value = p.at("yield") ? p.yieldExpr() : p.starExpressions();
        } catch (ParserBase.Fail f) {
            p.pos = start + 1;
            throw onNext(p, "f-string: expecting a valid expression after '{'");
        }
        if (!(p.at("=") || p.at("!") || p.at(":") || p.at("}"))) {
            p.checkMissingComma(value, "}");
            throw onNext(p, "f-string: expecting '=', or '!', or ':', or '}'");
        }
        Constant debug = null;
        if (p.at("=")) {
            p.next();
            if (!(p.at("!") || p.at(":") || p.at("}"))) {
                throw onNext(p, "f-string: expecting '!', or ':', or '}'");
            }
            Token after = p.peek();
            String text = p.src.substring(open.end(), after.start());
            debug = new Constant(new Span(open.endLine(), open.endCol(), after.line(), after.col()), text, null);
        }
        int conversion = p.at("!") ? conversion(p) : -1;
        Expr spec = null;
        if (!(p.at(":") || p.at("}"))) {
            throw onNext(p, "f-string: expecting ':' or '}'");
        }
        if (p.at(":")) {
            spec = formatSpec(p, raw);
            if (!p.at("}")) {
                throw onNext(p, "f-string: expecting '}', or format specs");
            }
        }
        p.next();
        if (debug != null) {
            out.add(debug);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        out.add(new FormattedValue(p.span(start), value, conversion, spec));
    }

    private static void lambdaCheck(ExprParser p) {
        if (!p.at("lambda")) {
            return;
        }
        Token lt = p.peek();
        int save = p.pos;
        p.next();
        try {
            p.parameters(false, ":");
        } catch (ParserBase.Fail f) {
            p.pos = save;
        }
        if (p.at(":")) {
            throw p.syntaxError("f-string: lambda expressions are not allowed without parentheses", lt, p.peek());
        }
        p.pos = save;
    }

    private static int conversion(ExprParser p) {
        Token bang = p.next();
        Token c = p.peek();
        if (p.at(":") || p.at("}")) {
            throw onNext(p, "f-string: missing conversion character");
        }
        if (c.kind() != TokenKind.NAME) {
            throw onNext(p, "f-string: invalid conversion character");
        }
        if (c.start() != bang.end()) {
            throw p.syntaxError("f-string: conversion type must come right after the exclamanation mark", bang, c);
        }
        if (!(c.text().equals("s") || c.text().equals("r") || c.text().equals("a"))) {
            throw p.syntaxError("f-string: invalid conversion character '" + c.text()
                            + "': expected 's', 'r', or 'a'", c, c);
        }
        p.next();
        return c.text().charAt(0);
    }

    /** CPython's RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN. */
    private static PythonSyntaxError onNext(ExprParser p, String msg) {
        Token t = p.peek();
        return p.syntaxError(msg, t, t);
    }

    private static Expr formatSpec(ExprParser p, boolean raw) {
        int start = p.pos;
        p.next();
        List<Expr> parts = new ArrayList<>();
        while (!p.at("}")) {
            Token t = p.peek();
            if (t.kind() == TokenKind.FSTRING_MIDDLE) {
                p.next();
                Constant c = middle(p, t, raw);
                if (!((String) c.value()).isEmpty()) {
                    parts.add(c);
                }
            } else if (t.isOp("{")) {
                field(p, parts, raw);
            } else {
                break;
            }
        }
        Span span = p.span(start);
        if (parts.size() > 1 || parts.size() == 1 && !(parts.get(0) instanceof Constant)) {
            parts = merge(parts, true);
        }
        return new JoinedStr(span, parts);
    }
}
