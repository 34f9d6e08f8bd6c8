package taipan.frontend.parse;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Arguments.Arg;
import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Expr.*;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.Operators.BoolOp;
import taipan.frontend.ast.Operators.CmpOp;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Operators.UnaryOp;
import taipan.frontend.ast.Span;
import taipan.frontend.token.Token;
import taipan.frontend.token.TokenKind;

/** The expression rules of CPython's {@code Grammar/python.gram}, in its order of precedence. */
abstract class ExprParser extends ParserBase {

    ExprParser(String source, String filename) {
        super(source, filename);
    }

    // ---- star_expressions, named expressions, conditional, lambda

    /** star_expressions: a tuple without parentheses when there is a comma. */
    final Expr starExpressions() {
        int start = pos;
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Tuple(span(start), elts, ExprContext.Load);
    }

    final Expr starExpression() {
        int start = pos;
        if (accept("*")) {
            Expr v = bitwiseOr();
            return new Starred(span(start), v, ExprContext.Load);
        }
        return expression();
    }

    final Expr starNamedExpression() {
        int start = pos;
        if (accept("*")) {
            Expr v = bitwiseOr();
            return new Starred(span(start), v, ExprContext.Load);
        }
        return namedExpression();
    }

    final Expr namedExpression() {
        int start = pos;
        if (atName() && peek(1).isOp(":=")) {
            Token n = next();
            next();
            Expr value = expression();
            return new NamedExpr(span(start), new Name(tokSpan(n), n.text(), ExprContext.Store), value);
        }
        Expr e = expression();
        if (at(":=")) {
            throw errorSpan("cannot use assignment expressions with " + ExprNames.of(e), e.span());
        }
        return e;
    }

    /** Whether the current token can start an expression (used after a trailing comma). */
    final boolean startsExpression() {
        Token t = peek();
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING, FSTRING_START -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> !t.text().equals("**");
                default -> false;
            };
            default -> false;
        };
    }

    final Expr expression() {
        if (at("lambda")) {
            return lambdef();
        }
        int start = pos;
        Expr body = disjunction();
        if (at("if")) {
            next();
            Expr test = disjunction();
            if (!at("else")) {
                if (at(":")) {
                    throw FAIL;
                }
                throw errorSpan("expected 'else' after 'if' expression", span(start));
            }
            next();
            Expr orelse = expression();
            return new IfExp(span(start), test, body, orelse);
        }
        return body;
    }

    final Expr lambdef() {
        int start = pos;
        expect("lambda");
        Arguments args = parameters(false, ":");
        expect(":");
        Expr body = expression();
        return new Lambda(span(start), args, body);
    }

    final Expr yieldExpr() {
        int start = pos;
        expect("yield");
        if (accept("from")) {
            Expr v = expression();
            return new YieldFrom(span(start), v);
        }
        Expr v = startsExpression() ? starExpressions() : null;
        return new Yield(span(start), v);
    }

    // ---- boolean, comparison and arithmetic layers

    final Expr disjunction() {
        int start = pos;
        Expr first = conjunction();
        if (!at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("or")) {
            values.add(conjunction());
        }
        return new BoolOpExpr(span(start), BoolOp.Or, values);
    }

    final Expr conjunction() {
        int start = pos;
        Expr first = inversion();
        if (!at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("and")) {
            values.add(inversion());
        }
        return new BoolOpExpr(span(start), BoolOp.And, values);
    }

    final Expr inversion() {
        int start = pos;
        if (accept("not")) {
            Expr e = inversion();
            return new UnaryOpExpr(span(start), UnaryOp.Not, e);
        }
        return comparison();
    }

    final Expr comparison() {
        int start = pos;
        Expr left = bitwiseOr();
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Compare(span(start), left, ops, comparators);
    }

    private CmpOp compareOp() {
        Token t = peek();
        if (t.kind() != TokenKind.OP && t.kind() != TokenKind.NAME) {
            return null;
        }
        CmpOp op = switch (t.text()) {
            case "==" -> CmpOp.Eq;
            case "!=" -> CmpOp.NotEq;
            case "<" -> CmpOp.Lt;
            case "<=" -> CmpOp.LtE;
            case ">" -> CmpOp.Gt;
            case ">=" -> CmpOp.GtE;
            case "in" -> CmpOp.In;
            case "is" -> peek(1).is("not") && peek(1).kind() == TokenKind.NAME ? CmpOp.IsNot : CmpOp.Is;
            case "not" -> peek(1).is("in") && peek(1).kind() == TokenKind.NAME ? CmpOp.NotIn : null;
            default -> null;
        };
        if (op == null || t.kind() == TokenKind.NAME && !(op == CmpOp.In || op == CmpOp.Is || op == CmpOp.IsNot
                        || op == CmpOp.NotIn)) {
            return null;
        }
        pos += op == CmpOp.IsNot || op == CmpOp.NotIn ? 2 : 1;
        return op;
    }

    final Expr bitwiseOr() {
        int start = pos;
        Expr left = bitwiseXor();
        while (at("|")) {
            next();
            Expr right = bitwiseXor();
            left = new BinOp(span(start), left, Operator.BitOr, right);
        }
        return left;
    }

    final Expr bitwiseXor() {
        int start = pos;
        Expr left = bitwiseAnd();
        while (at("^")) {
            next();
            Expr right = bitwiseAnd();
            left = new BinOp(span(start), left, Operator.BitXor, right);
        }
        return left;
    }

    final Expr bitwiseAnd() {
        int start = pos;
        Expr left = shiftExpr();
        while (at("&")) {
            next();
            Expr right = shiftExpr();
            left = new BinOp(span(start), left, Operator.BitAnd, right);
        }
        return left;
    }

    final Expr shiftExpr() {
        int start = pos;
        Expr left = sum();
        while (true) {
            Operator op = at("<<") ? Operator.LShift : at(">>") ? Operator.RShift : null;
            if (op == null) {
                return left;
            }
            next();
            Expr right = sum();
            left = new BinOp(span(start), left, op, right);
        }
    }

    final Expr sum() {
        int start = pos;
        Expr left = term();
        while (true) {
            Operator op = at("+") ? Operator.Add : at("-") ? Operator.Sub : null;
            if (op == null) {
                return left;
            }
            next();
            Expr right = term();
            left = new BinOp(span(start), left, op, right);
        }
    }

    final Expr term() {
        int start = pos;
        Expr left = factor();
        while (true) {
            Token t = peek();
            Operator op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
                case "*" -> Operator.Mult;
                case "/" -> Operator.Div;
                case "//" -> Operator.FloorDiv;
                case "%" -> Operator.Mod;
                case "@" -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            next();
            Expr right = factor();
            left = new BinOp(span(start), left, op, right);
        }
    }

    final Expr factor() {
        int start = pos;
        Token t = peek();
        if (t.kind() == TokenKind.OP) {
            UnaryOp op = switch (t.text()) {
                case "+" -> UnaryOp.UAdd;
                case "-" -> UnaryOp.USub;
                case "~" -> UnaryOp.Invert;
                default -> null;
            };
            if (op != null) {
                next();
                Expr operand = factor();
                return new UnaryOpExpr(span(start), op, operand);
            }
        }
        return power();
    }

    final Expr power() {
        int start = pos;
        Expr left = awaitPrimary();
        if (accept("**")) {
            Expr right = factor();
            return new BinOp(span(start), left, Operator.Pow, right);
        }
        return left;
    }

    final Expr awaitPrimary() {
        int start = pos;
        if (accept("await")) {
            Expr v = primary();
            return new Await(span(start), v);
        }
        return primary();
    }

    // ---- primary: attribute, call, subscript

    final Expr primary() {
        int start = pos;
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.kind() != TokenKind.OP) {
                return e;
            }
            switch (t.text()) {
                case "." -> {
                    next();
                    String attr = name();
                    e = new Attribute(span(start), e, attr, ExprContext.Load);
                }
                case "(" -> e = callOn(start, e);
                case "[" -> {
                    next();
                    Expr slice = slices();
                    expect("]");
                    e = new Subscript(span(start), e, slice, ExprContext.Load);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    final Expr callOn(int start, Expr func) {
        int open = pos;
        expect("(");
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!at(")")) {
            int argStart = pos;
            if (accept("*")) {
                if (at(")") || at(",")) {
                    Token t = peek();
                    throw syntaxError("Invalid star expression", t, t);
                }
                Expr v = expression();
                if (at("for") || at("async") && peek(1).is("for")) {
                    throw errorSpan("iterable unpacking cannot be used in comprehension", span(argStart));
                }
                if (sawDoubleStar) {
                    throw startingFrom("iterable argument unpacking follows keyword argument unpacking", tok(argStart - 1));
                }
                args.add(new Starred(span(argStart), v, ExprContext.Load));
            } else if (accept("**")) {
                Expr v = expression();
                keywords.add(new Keyword(span(argStart), null, v));
                sawDoubleStar = true;
            } else if (atName() && peek(1).isOp("=")) {
                Token nameToken = next();
                String n = nameToken.text();
                Token eq = next();
                Expr v = expression();
                if (at("for") || at("async") && peek(1).is("for")) {
                    // CPython's invalid_kwarg: NAME '=' expression for_if_clauses
                    throw errorRange(PythonSyntaxError.Kind.SyntaxError,
                                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", nameToken.line(),
                                    nameToken.start(), eq.line(), eq.end());
                }
                checkMissingComma(v, ")");
                keywords.add(new Keyword(span(argStart), n, v));
                sawKeyword = true;
            } else {
                Expr v = namedExpression();
                if (at("for") || at("async") && peek(1).is("for")) {
                    List<Comprehension> gens = forIfClauses();
                    boolean sole = args.isEmpty() && keywords.isEmpty() && at(")");
                    if (!sole) {
                        Span gs = Span.of(v.span(), lastSpan());
                        throw errorSpan("Generator expression must be parenthesized", gs);
                    }
                    expect(")");
                    args.add(new GeneratorExp(span(open), v, gens));
                    return new Call(span(start), func, args, keywords);
                }
                if (at("=")) {
                    throw keywordArgError(v);
                }
                if (sawKeyword || sawDoubleStar) {
                    peek();
                    Token last = tok(fetched() - 1);
                    throw syntaxError(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument", last, last);
                }
                checkMissingComma(v, ")");
                args.add(v);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Call(span(start), func, args, keywords);
    }

    private PythonSyntaxError keywordArgError(Expr v) {
        Token eq = peek();
        if (v instanceof Constant c && (c.value() instanceof Boolean || c.value() == Singleton.NONE)) {
            return errorRange(PythonSyntaxError.Kind.SyntaxError, "cannot assign to " + ExprNames.of(v),
                            v.span().lineno(), charOf(v.span()), eq.line(), eq.end());
        }
        return errorRange(PythonSyntaxError.Kind.SyntaxError,
                        "expression cannot contain assignment, perhaps you meant \"==\"?", v.span().lineno(),
                        charOf(v.span()), eq.line(), eq.end());
    }

    /** The char index of a span's start. */
    final int charOf(Span s) {
        int ls = tz.lineStartOf(s.lineno());
        int b = 0;
        int i = ls;
        while (b < s.colOffset() && i < src.length()) {
            int cp = src.codePointAt(i);
            b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from token {@code a} to the tokenizer's position. */
    final PythonSyntaxError startingFrom(String msg, Token a) {
        Token last = tok(fetched() - 1);
        int ls = lineStartOfChar(a.start());
        int els = lineStartOfChar(last.end() - 1);
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, a.line(),
                        src.codePointCount(ls, a.start()) + 1, last.endLine(), src.codePointCount(els, last.end()),
                        tz.lineText(ls));
    }

    /** A display or group element: star_named_expression, with the messages for a stray '=' after it. */
    private Expr elementExpression() {
        int start = pos;
        Expr e = starNamedExpression();
        if (at("=")) {
            ErrorReporter.equalsInCondition(this, start);
        }
        return e;
    }

    /** CPython's invalid_comprehension: {@code [a, b for ...]}. */
    private void comprehensionTargetHint(List<Expr> elts) {
        if (!(at("for") || at("async") && peek(1).is("for"))) {
            return;
        }
        int save = pos;
        boolean wasProbing = probing;
        probing = true;
        try {
            forIfClauses();
        } catch (Fail f) {
            pos = save;
            return;
        } finally {
            probing = wasProbing;
        }
        throw errorSpan("did you forget parentheses around the comprehension target?",
                        Span.of(elts.get(0).span(), elts.get(elts.size() - 1).span()));
    }

    /** CPython's invalid_expression: two expressions in a row inside brackets ("Perhaps you forgot a comma?"). */
    final void checkMissingComma(Expr a, String closer) {
        if (a == null || at(",") || at(closer) || !startsExpression() || at("*") || at("-") || at("+") || at("~")) {
            return;
        }
        if (a instanceof Lambda || a instanceof IfExp || a instanceof NamedExpr || a instanceof Starred
                        || a instanceof Name n && (atKind(TokenKind.STRING) || n.id().equals("match")
                                        || n.id().equals("case") || n.id().equals("type") || n.id().equals("_"))) {
            return;
        }
        int save = pos;
        Expr b;
        boolean wasProbing = probing;
        probing = true;
        try {
            b = expression();
        } catch (Fail f) {
            pos = save;
            return;
        } finally {
            probing = wasProbing;
        }
        throw errorSpan("invalid syntax. Perhaps you forgot a comma?", Span.of(a.span(), b.span()));
    }

    final Span lastSpan() {
        return tokSpan(lastConsumed());
    }

    /** slices: one slice, or a tuple of slices and starred expressions. */
    final Expr slices() {
        int start = pos;
        Expr first = slice();
        if (!(first instanceof Slice)) {
            checkMissingComma(first, "]");
        }
        if (!at(",") && !(first instanceof Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Tuple(span(start), elts, ExprContext.Load);
    }

    private Expr slice() {
        int start = pos;
        if (at("*")) {
            return starExpression();
        }
        Expr lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (at("=")) {
                ErrorReporter.equalsInCondition(this, start);
            }
            if (!at(":")) {
                return lower;
            }
        }
        expect(":");
        Expr upper = at(":") || at(",") || at("]") ? null : expression();
        Expr step = null;
        if (accept(":")) {
            step = at(",") || at("]") ? null : expression();
        }
        return new Slice(span(start), lower, upper, step);
    }

    // ---- atoms

    final Expr atom() {
        Token t = peek();
        int start = pos;
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        next();
                        return new Constant(tokSpan(t), Singleton.NONE, null);
                    }
                    case "True", "False" -> {
                        next();
                        return new Constant(tokSpan(t), t.text().equals("True"), null);
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw FAIL;
                        }
                        next();
                        return new Name(tokSpan(t), t.text(), ExprContext.Load);
                    }
                }
            }
            case NUMBER -> {
                next();
                return new Constant(tokSpan(t), Numbers.parse(t.text()), null);
            }
            case STRING, FSTRING_START -> {
                return StringAtoms.strings(this);
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenAtom(start);
                    }
                    case "[" -> {
                        return listAtom(start);
                    }
                    case "{" -> {
                        return dictOrSetAtom(start);
                    }
                    case "..." -> {
                        next();
                        return new Constant(tokSpan(t), Singleton.ELLIPSIS, null);
                    }
                    default -> throw FAIL;
                }
            }
            default -> throw FAIL;
        }
    }

    private Expr parenAtom(int start) {
        next();
        if (accept(")")) {
            return new Tuple(span(start), List.of(), ExprContext.Load);
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        Expr first = elementExpression();
        if (at("for") || at("async") && peek(1).is("for")) {
            if (first instanceof Starred) {
                throw errorSpan("iterable unpacking cannot be used in comprehension", first.span());
            }
            List<Comprehension> gens = forIfClauses();
            expect(")");
            return new GeneratorExp(span(start), first, gens);
        }
        checkMissingComma(first, ")");
        if (accept(")")) {
            if (first instanceof Starred) {
                throw errorSpan("cannot use starred expression here", first.span());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        expect(",");
        while (!at(")")) {
            Expr e = elementExpression();
            checkMissingComma(e, ")");
            elts.add(e);
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Tuple(span(start), elts, ExprContext.Load);
    }

    private Expr listAtom(int start) {
        next();
        List<Expr> elts = new ArrayList<>();
        if (!at("]")) {
            Expr first = elementExpression();
            if (at("for") || at("async") && peek(1).is("for")) {
                if (first instanceof Starred) {
                    throw errorSpan("iterable unpacking cannot be used in comprehension", first.span());
                }
                List<Comprehension> gens = forIfClauses();
                expect("]");
                return new ListComp(span(start), first, gens);
            }
            checkMissingComma(first, "]");
            elts.add(first);
            while (accept(",")) {
                if (at("]")) {
                    break;
                }
                Expr e = elementExpression();
                checkMissingComma(e, "]");
                elts.add(e);
                comprehensionTargetHint(elts);
            }
        }
        expect("]");
        return new ListExpr(span(start), elts, ExprContext.Load);
    }

    private Expr dictOrSetAtom(int start) {
        next();
        if (accept("}")) {
            return new Dict(span(start), List.of(), List.of());
        }
        if (at("**")) {
            return dictRest(start, new ArrayList<>(), new ArrayList<>());
        }
        boolean parenthesised = at("(");
        Expr first = elementExpression();
        if (at(":")) {
            Token colon = next();
            if (first instanceof Starred) {
                throw FAIL;
            } else if (first instanceof NamedExpr && !parenthesised) {
                throw syntaxError("invalid syntax", colon, colon); // a dict key is an expression, never a walrus
            }
            if (at("}") || at(",")) {
                throw syntaxError("expression expected after dictionary key and ':'", colon, colon);
            }
            Expr value = expression();
            if (at("for") || at("async") && peek(1).is("for")) {
                List<Comprehension> gens = forIfClauses();
                expect("}");
                return new DictComp(span(start), first, value, gens);
            }
            checkMissingComma(value, "}");
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            if (!accept(",")) {
                expect("}");
                return new Dict(span(start), keys, values);
            }
            return dictRest(start, keys, values);
        }
        if (at("for") || at("async") && peek(1).is("for")) {
            if (first instanceof Starred) {
                throw errorSpan("iterable unpacking cannot be used in comprehension", first.span());
            }
            List<Comprehension> gens = forIfClauses();
            expect("}");
            return new SetComp(span(start), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        checkMissingComma(first, "}");
        elts.add(first);
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            Expr e = elementExpression();
            checkMissingComma(e, "}");
            elts.add(e);
            comprehensionTargetHint(elts);
        }
        expect("}");
        return new SetExpr(span(start), elts);
    }

    private Expr dictRest(int start, List<Expr> keys, List<Expr> values) {
        while (!at("}")) {
            if (accept("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr key = expression();
                if (!at(":")) {
                    int ls = tz.lineStartOf(key.span().endLineno());
                    throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "':' expected after dictionary key",
                                    filename, key.span().lineno(), charCol(ls, key.span().endColOffset()),
                                    key.span().endLineno(), 0, tz.lineText(tz.lineStartOf(key.span().lineno())));
                }
                keys.add(key);
                Token colon = expect(":");
                if (at("}") || at(",")) {
                    throw syntaxError("expression expected after dictionary key and ':'", colon, colon);
                }
                Expr value = expression();
                checkMissingComma(value, "}");
                values.add(value);
            }
            if (!accept(",")) {
                break;
            }
        }
        if (at("for") || at("async")) {
            if (keys.size() == 1 && keys.get(0) == null) {
                throw syntaxError("dict unpacking cannot be used in dict comprehension", tok(start + 1), tok(start + 1));
            }
        }
        expect("}");
        return new Dict(span(start), keys, values);
    }

    // ---- comprehensions

    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || at("async") && peek(1).is("for")) {
            boolean isAsync = accept("async");
            expect("for");
            Expr target = starTargets();
            if (!at("in")) {
                Token t = peek();
                throw syntaxError("'in' expected after for-loop variables", t, t);
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---- assignment targets

    /** star_targets: parsed as primaries and converted to Store context. */
    final Expr starTargets() {
        int start = pos;
        Expr first = starTarget();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!(atName() || at("*") || at("(") || at("["))) {
                break;
            }
            elts.add(starTarget());
        }
        return new Tuple(span(start), elts, ExprContext.Store);
    }

    final Expr starTarget() {
        int start = pos;
        if (accept("*")) {
            Expr inner = starTarget();
            if (inner instanceof Starred) {
                throw FAIL;
            }
            return new Starred(span(start), inner, ExprContext.Store);
        }
        Expr e = primary();
        return Targets.toStore(this, e, "assign to");
    }

    // ---- parameters (def and lambda)

    /** The parameter list up to {@code closer} (")" for def, ":" for lambda). */
    final Arguments parameters(boolean annotations, String closer) {
        return new ParamParser(this, annotations, closer).parse();
    }

    final Arg param(boolean annotations, boolean starAnnotation) {
        int start = pos;
        String n = name();
        Expr ann = null;
        if (annotations && accept(":")) {
            if (starAnnotation && at("*")) {
                int s = pos;
                next();
                Expr v = expression();
                ann = new Starred(span(s), v, ExprContext.Load);
            } else {
                ann = expression();
            }
            checkMissingComma(ann, ")");
        }
        return new Arg(span(start), n, ann, null);
    }
}
