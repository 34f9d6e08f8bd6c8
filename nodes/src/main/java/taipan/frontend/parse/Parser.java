package taipan.frontend.parse;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Expr.*;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.MatchCase;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.Stmt.*;
import taipan.frontend.ast.TypeParam;
import taipan.frontend.ast.WithItem;
import taipan.frontend.parse.PythonSyntaxError.Kind;
import taipan.frontend.token.Token;
import taipan.frontend.token.TokenKind;

/**
 * Python 3.13's parser: a recursive-descent parser following CPython's {@code Grammar/python.gram} rule for rule,
 * producing the AST of {@code taipan.frontend.ast} with CPython's positions.
 */
public final class Parser extends PatternParser {

    private Parser(String source, String filename) {
        super(source, filename);
    }

    /** Parses {@code source} in {@code mode}; throws {@link PythonSyntaxError} for invalid input. */
    public static Mod parse(String source, String filename, Mode mode) {
        Parser p = new Parser(source, filename);
        try {
            return switch (mode) {
                case EXEC -> p.fileMode();
                case EVAL -> p.evalMode();
                case SINGLE -> p.singleMode();
                case FUNC_TYPE -> p.funcTypeMode();
            };
        } catch (Fail f) {
            throw ErrorReporter.invalidSyntax(p);
        } catch (StackOverflowError e) {
            // CPython raises MemoryError("Parser stack overflowed - Python source too complex to parse") here;
            // the front end's contract carries syntax errors only, so the same message comes as a SyntaxError
            throw new PythonSyntaxError(Kind.SyntaxError, "Parser stack overflowed - Python source too complex to parse",
                            filename, 0, 0, 0, 0, null);
        } catch (PythonSyntaxError e) {
            if (p.isTokenizerError(e)) {
                throw e;
            }
            throw ErrorReporter.tokenizeRest(p, e, p.tok(p.fetched() - 1).line());
        }
    }

    private Mod fileMode() {
        List<Stmt> body = new ArrayList<>();
        while (!atKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(body, List.of());
    }

    private Mod evalMode() {
        emptyInputCheck();
        int start = pos;
        Expr e = expression();
        if (at(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(e);
            while (accept(",")) {
                if (!startsExpression()) {
                    break;
                }
                elts.add(expression());
            }
            e = new Tuple(span(start), elts, ExprContext.Load);
        }
        while (atKind(TokenKind.NEWLINE)) {
            next();
        }
        expectKind(TokenKind.ENDMARKER);
        return new Mod.Expression(e);
    }

    /** CPython rejects empty input for eval and single with an "invalid syntax" at line 0 or 1, column 0. */
    private void emptyInputCheck() {
        if (atKind(TokenKind.ENDMARKER) || atKind(TokenKind.NEWLINE)) {
            int line = src.isEmpty() ? 0 : 1;
            throw new PythonSyntaxError(Kind.SyntaxError, "invalid syntax", filename, line, 0, line, 0,
                            src.isEmpty() ? null : tz.lineText(0));
        }
    }

    private Mod singleMode() {
        emptyInputCheck();
        List<Stmt> body = new ArrayList<>();
        statement(body);
        if (!atKind(TokenKind.ENDMARKER)) {
            Token nl = tok(pos - 1);
            throw syntaxError("multiple statements found while compiling a single statement", nl, nl);
        }
        return new Mod.Interactive(body);
    }

    private Mod funcTypeMode() {
        expect("(");
        List<Expr> argtypes = new ArrayList<>();
        while (!at(")")) {
            if (accept("*") || accept("**")) {
                argtypes.add(expression());
            } else {
                argtypes.add(expression());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        expect("->");
        Expr returns = expression();
        while (atKind(TokenKind.NEWLINE)) {
            next();
        }
        expectKind(TokenKind.ENDMARKER);
        return new Mod.FunctionType(argtypes, returns);
    }

    // ---- statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.INDENT) {
            throw FAIL; // reported as "unexpected indent" by the generic error, as CPython does
        }
        if (t.kind() == TokenKind.NAME) {
            Stmt s = compound(t.text());
            if (s != null) {
                out.add(s);
                return;
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStmts(out);
    }

    private Stmt compound(String kw) {
        return switch (kw) {
            case "def" -> functionDef(pos, List.of(), false);
            case "class" -> classDef(List.of());
            case "if" -> ifStmt();
            case "while" -> whileStmt();
            case "for" -> forStmt(pos, false);
            case "try" -> tryStmt();
            case "with" -> withStmt(pos, false);
            case "async" -> asyncStmt();
            case "match" -> matchStmt();
            default -> null;
        };
    }

    private Stmt asyncStmt() {
        int start = pos;
        next();
        if (at("def")) {
            return functionDef(start, List.of(), true);
        }
        if (at("for")) {
            return forStmt(start, true);
        }
        if (at("with")) {
            return withStmt(start, true);
        }
        throw FAIL;
    }

    private void simpleStmts(List<Stmt> out) {
        out.add(simpleStmt());
        while (accept(";")) {
            if (atKind(TokenKind.NEWLINE)) {
                break;
            }
            out.add(simpleStmt());
        }
        if (!atKind(TokenKind.NEWLINE)) {
            ErrorReporter.afterSimpleStatement(this, out.get(out.size() - 1));
            throw FAIL;
        }
        next();
    }

    private Stmt simpleStmt() {
        Token t = peek();
        int start = pos;
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    next();
                    return new Pass(span(start));
                }
                case "break" -> {
                    next();
                    return new Break(span(start));
                }
                case "continue" -> {
                    next();
                    return new Continue(span(start));
                }
                case "return" -> {
                    next();
                    Expr v = startsExpression() ? starExpressions() : null;
                    return new Return(span(start), v);
                }
                case "raise" -> {
                    return raiseStmt();
                }
                case "global", "nonlocal" -> {
                    return globalStmt(t.text().equals("global"));
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Assert(span(start), test, msg);
                }
                case "import" -> {
                    return importStmt();
                }
                case "from" -> {
                    return fromImport();
                }
                case "type" -> {
                    if (peek(1).kind() == TokenKind.NAME && (peek(2).isOp("=") || peek(2).isOp("["))) {
                        return typeAlias();
                    }
                }
                default -> {
                }
            }
        }
        return exprOrAssignment();
    }

    private Expr yieldOrStar() {
        return at("yield") ? yieldExpr() : starExpressions();
    }

    private Stmt exprOrAssignment() {
        int start = pos;
        boolean paren = at("(");
        Expr first = yieldOrStar();
        if (at(":=") && first instanceof Name && !paren) {
            throw syntaxError("invalid syntax", peek(), peek()); // a statement is never a bare walrus
        } else if (at(":=")) {
            throw errorSpan("cannot use assignment expressions with " + ExprNames.of(first), first.span());
        }
        if (at(":")) {
            return annAssign(start, first, paren);
        }
        Operator aug = augOp();
        if (aug != null) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw errorSpan("'" + ExprNames.of(first) + "' is an illegal expression for augmented assignment",
                                first.span());
            }
            next();
            Expr value = yieldOrStar();
            return new AugAssign(span(start), Targets.toStore(this, first, "assign to"), aug, value);
        }
        if (!at("=")) {
            return new ExprStmt(span(start), first);
        }
        List<Expr> targets = new ArrayList<>();
        targets.add(first);
        Expr value = null;
        while (accept("=")) {
            Expr v = yieldOrStar();
            if (at("=")) {
                targets.add(v);
            } else {
                value = v;
            }
        }
        if (Targets.invalidTarget(first, false) == null && targets.size() > 1) {
            for (int i = 1; i < targets.size(); i++) {
                if (Targets.invalidTarget(targets.get(i), false) != null && first instanceof Name) {
                    ErrorReporter.equalsInCondition(this, start);
                }
            }
        }
        List<Expr> stored = new ArrayList<>(targets.size());
        for (Expr t : targets) {
            stored.add(ErrorReporter.assignTarget(this, t, targets.size() == 1 && maybeEqualsForm(start),
                            t == first && paren));
        }
        return new Assign(span(start), stored, value, null);
    }

    /** CPython's invalid_named_expression shape: the statement is {@code bitwise_or '=' bitwise_or} alone. */
    private boolean maybeEqualsForm(int start) {
        int save = pos;
        try {
            pos = start;
            if (at("True") || at("None") || at("False")) {
                return false;
            }
            if (at("(") || at("[")) {
                Expr a = atom();
                if (a instanceof Tuple || a instanceof ListExpr || a instanceof GeneratorExp) {
                    return false;
                }
                pos = start;
            }
            bitwiseOr();
            if (!accept("=")) {
                return false;
            }
            bitwiseOr();
            return !at("=") && !at(":=");
        } catch (Fail f) {
            return false;
        } finally {
            pos = save;
        }
    }

    private Stmt annAssign(int start, Expr target, boolean paren) {
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            // CPython's invalid_assignment rules apply only when an annotation follows the colon
            int save = pos;
            probing = true;
            try {
                next();
                expression();
            } catch (Fail f) {
                pos = save;
                throw FAIL;
            } finally {
                probing = false;
            }
            pos = save;
        }
        if (target instanceof Tuple tu && !paren) {
            throw errorSpan("only single target (not tuple) can be annotated", tu.elts().get(0).span());
        }
        if (target instanceof Tuple || target instanceof ListExpr) {
            throw errorSpan("only single target (not " + (target instanceof Tuple ? "tuple" : "list")
                            + ") can be annotated", target.span());
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw errorSpan("illegal target for annotation", target.span());
        }
        next();
        Expr ann = expression();
        Expr value = accept("=") ? yieldOrStar() : null;
        boolean simple = target instanceof Name && !paren;
        return new AnnAssign(span(start), Targets.toStore(this, target, "assign to"), ann, value, simple);
    }

    private Operator augOp() {
        Token t = peek();
        if (t.kind() != TokenKind.OP || t.text().length() < 2 || !t.text().endsWith("=")) {
            return null;
        }
        String sym = t.text().substring(0, t.text().length() - 1);
        for (Operator op : Operator.values()) {
            if (op.symbol.equals(sym)) {
                return op;
            }
        }
        return null;
    }

    private Stmt raiseStmt() {
        int start = pos;
        next();
        Expr exc = null;
        Expr cause = null;
        if (startsExpression()) {
            exc = expression();
            if (accept("from")) {
                cause = expression();
            }
        }
        return new Raise(span(start), exc, cause);
    }

    private Stmt globalStmt(boolean global) {
        int start = pos;
        next();
        List<String> names = new ArrayList<>();
        names.add(name());
        while (accept(",")) {
            names.add(name());
        }
        return global ? new Global(span(start), names) : new Nonlocal(span(start), names);
    }

    private Stmt delStmt() {
        int start = pos;
        next();
        int afterDel = pos;
        try {
            return delTargets(start);
        } catch (Fail f) {
            pos = afterDel;
            // invalid_del_stmt belongs to CPython's second pass: what it reads does not move the generic error
            boolean saved = probing;
            probing = true;
            Expr all;
            try {
                all = starExpressions();
            } finally {
                probing = saved;
            }
            Expr bad = Targets.invalidTarget(all, true);
            if (bad != null) {
                throw errorSpan(bad instanceof Starred ? "cannot delete starred" : "cannot delete " + ExprNames.of(bad),
                                bad.span());
            }
            throw f;
        }
    }

    private Stmt delTargets(int start) {
        List<Expr> targets = new ArrayList<>();
        while (true) {
            if (at("*")) {
                int s = pos;
                next();
                primary();
                throw errorSpan("cannot delete starred", span(s));
            }
            Expr e = primary();
            targets.add(Targets.toDel(this, e));
            if (!accept(",")) {
                break;
            }
            if (atKind(TokenKind.NEWLINE) || at(";")) {
                break;
            }
        }
        if (!(atKind(TokenKind.NEWLINE) || at(";"))) {
            throw FAIL;
        }
        return new Delete(span(start), targets);
    }

    private Stmt importStmt() {
        int start = pos;
        next();
        if (atKind(TokenKind.NEWLINE)) {
            throw startingFrom("Expected one or more names after 'import'", peek());
        }
        List<Alias> names = new ArrayList<>();
        do {
            int s = pos;
            String n = dottedName();
            String as = accept("as") ? name() : null;
            names.add(new Alias(span(s), n, as));
        } while (accept(","));
        return new Import(span(start), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (accept(".")) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        int start = pos;
        next();
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text().length();
        }
        String module = null;
        if (!at("import")) {
            module = dottedName();
        } else if (level == 0) {
            throw FAIL;
        }
        Token importTok = expect("import");
        if (atKind(TokenKind.NEWLINE)) {
            throw startingFrom("Expected one or more names after 'import'", peek());
        }
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token t = next();
            names.add(new Alias(tokSpan(t), "*", null));
            return new ImportFrom(span(start), module, names, level);
        }
        boolean paren = accept("(");
        do {
            if (paren && at(")")) {
                break;
            }
            if (!paren && atKind(TokenKind.NEWLINE)) {
                Token t = peek();
                throw syntaxError("trailing comma not allowed without surrounding parentheses", t, t);
            }
            int s = pos;
            String n = name();
            String as = accept("as") ? name() : null;
            names.add(new Alias(span(s), n, as));
        } while (accept(","));
        if (paren) {
            expect(")");
        } else if (lastConsumed().isOp(",")) {
            Token c = lastConsumed();
            throw syntaxError("trailing comma not allowed without surrounding parentheses", c, c);
        }
        return new ImportFrom(span(start), module, names, level);
    }

    private Stmt typeAlias() {
        int start = pos;
        next();
        Token n = next();
        List<TypeParam> params = at("[") ? typeParams() : List.of();
        expect("=");
        Expr value = expression();
        return new TypeAlias(span(start), new Name(tokSpan(n), n.text(), ExprContext.Store), params, value);
    }

    /** CPython's invalid_type_param: a bound on {@code *Ts} or {@code **P}. */
    private void boundNotAllowed(String what) {
        if (!at(":")) {
            return;
        }
        Token colon = next();
        Expr e = expression();
        throw errorSpan("cannot use bound with " + what, Span.of(tokSpan(colon), e.span()));
    }

    private List<TypeParam> typeParams() {
        expect("[");
        if (at("]")) {
            Token rb = peek();
            if (tok(pos - 3).is("type")) {
                peek(1);
            }
            throw startingFrom("Type parameter list cannot be empty", rb);
        }
        List<TypeParam> out = new ArrayList<>();
        while (!at("]")) {
            int start = pos;
            if (accept("*")) {
                String n = name();
                boundNotAllowed("TypeVarTuple");
                Expr d = accept("=") ? starExpression() : null;
                checkMissingComma(d, "]");
                out.add(new TypeParam.TypeVarTuple(span(start), n, d));
            } else if (accept("**")) {
                String n = name();
                boundNotAllowed("ParamSpec");
                Expr d = accept("=") ? expression() : null;
                checkMissingComma(d, "]");
                out.add(new TypeParam.ParamSpec(span(start), n, d));
            } else {
                String n = name();
                Expr bound = accept(":") ? expression() : null;
                checkMissingComma(bound, "]");
                Expr d = accept("=") ? expression() : null;
                checkMissingComma(d, "]");
                out.add(new TypeParam.TypeVar(span(start), n, bound, d));
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("]");
        return out;
    }

    // ---- blocks

    /** block: NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
    private List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!atKind(TokenKind.NEWLINE)) {
            simpleStmts(body);
            return body;
        }
        next();
        if (!atKind(TokenKind.INDENT)) {
            Token t = peek();
            throw errorAt(Kind.IndentationError, "expected an indented block after " + what + " on line "
                            + header.line(), t, t);
        }
        next();
        while (!atKind(TokenKind.DEDENT) && !atKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        if (atKind(TokenKind.DEDENT)) {
            next();
        }
        return body;
    }

    /** CPython's forced token {@code &&':'}: a missing colon is an error at once, at the current token. */
    private void forcedColon() {
        if (!at(":")) {
            Token t = peek();
            throw syntaxError("expected ':'", t, t);
        }
        next();
    }

    private void colon() {
        if (!at(":")) {
            ErrorReporter.expectedColon(this);
            throw FAIL;
        }
        next();
    }

    /** A condition: named_expression, with CPython's invalid_named_expression messages for a stray '='. */
    private Expr condition() {
        int start = pos;
        Expr e = namedExpression();
        if (at("=")) {
            ErrorReporter.equalsInCondition(this, start);
        }
        return e;
    }

    private Stmt ifStmt() {
        int start = pos;
        Token kw = next();
        Expr test = condition();
        colon();
        List<Stmt> body = block("'" + kw.text() + "' statement", kw);
        List<Stmt> orelse = List.of();
        if (at("elif")) {
            orelse = List.of(ifStmt());
        } else if (at("else")) {
            orelse = elseBlock();
        }
        return new If(span(start), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token kw = next();
        forcedColon();
        return block("'else' statement", kw);
    }

    private Stmt whileStmt() {
        int start = pos;
        Token kw = next();
        Expr test = condition();
        colon();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = at("else") ? elseBlock() : List.of();
        return new While(span(start), test, body, orelse);
    }

    private Stmt forStmt(int start, boolean isAsync) {
        Token kw = next();
        Expr target = starTargets();
        if (!at("in")) {
            throw FAIL;
        }
        next();
        Expr iter = starExpressions();
        colon();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = at("else") ? elseBlock() : List.of();
        return new For(span(start), target, iter, body, orelse, null, isAsync);
    }

    private Stmt withStmt(int start, boolean isAsync) {
        Token kw = next();
        List<WithItem> items = null;
        if (at("(")) {
            int save = pos;
            try {
                items = parenWithItems();
            } catch (Fail f) {
                pos = save;
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
        }
        colon();
        List<Stmt> body = block("'with' statement", kw);
        return new With(span(start), items, body, null, isAsync);
    }

    private List<WithItem> parenWithItems() {
        expect("(");
        List<WithItem> items = new ArrayList<>();
        do {
            if (at(")")) {
                break;
            }
            items.add(withItem());
        } while (accept(","));
        expect(")");
        if (atKind(TokenKind.NEWLINE)) {
            Token t = peek();
            throw syntaxError("expected ':'", t, t);
        }
        if (!at(":")) {
            throw FAIL;
        }
        return items;
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (accept("as")) {
            vars = starTarget();
            if (!(at(",") || at(")") || at(":") || atKind(TokenKind.NEWLINE))) {
                throw FAIL;
            }
        }
        return new WithItem(e, vars);
    }

    private Stmt tryStmt() {
        int start = pos;
        Token kw = next();
        forcedColon();
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at("except")) {
            int hs = pos;
            Token ek = next();
            boolean isStar = accept("*");
            if (star != null && star != isStar) {
                throw syntaxError("cannot have both 'except' and 'except*' on the same 'try'", ek, isStar ? tok(pos - 1) : ek);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    int s = pos;
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (accept(",")) {
                        elts.add(expression());
                    }
                    throw errorSpan("multiple exception types must be parenthesized", Span.of(type.span(), lastSpan()));
                }
                if (accept("as")) {
                    name = name();
                }
            } else if (isStar) {
                throw syntaxError("expected one or more exception types", peek(), peek());
            }
            colon();
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ek);
            handlers.add(new ExceptHandler(span(hs), type, name, hbody));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at("else")) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at("finally")) {
            Token fk = next();
            forcedColon();
            finalbody = block("'finally' statement", fk);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            Token t = peek();
            throw syntaxError("expected 'except' or 'finally' block", t, t);
        }
        return new Try(span(start), body, handlers, orelse, finalbody, star != null && star);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept("@")) {
            decorators.add(namedExpression());
            expectKind(TokenKind.NEWLINE);
        }
        int start = pos;
        if (at("def")) {
            return functionDef(start, decorators, false);
        }
        if (at("class")) {
            return classDef(decorators);
        }
        if (at("async") && peek(1).is("def")) {
            next();
            return functionDef(start, decorators, true);
        }
        throw FAIL;
    }

    private Stmt functionDef(int start, List<Expr> decorators, boolean isAsync) {
        Token kw = next();
        String n = name();
        List<TypeParam> tps = List.of();
        if (at("[")) {
            int save = pos;
            try {
                tps = typeParams();
            } catch (Fail f) {
                pos = save;
            }
        }
        if (!at("(")) {
            Token t = peek();
            throw syntaxError("expected '('", t, t);
        }
        next();
        Arguments args = parameters(true, ")");
        expect(")");
        Expr returns = null;
        if (at("->")) {
            int save = pos;
            next();
            try {
                returns = expression();
            } catch (Fail f) {
                pos = save; // the optional return annotation fails: the forced ':' reports at '->'
            }
        }
        forcedColon();
        List<Stmt> body = block("function definition", kw);
        return new FunctionDef(span(start), n, args, body, decorators, returns, null, tps, isAsync);
    }

    private Stmt classDef(List<Expr> decorators) {
        int start = pos;
        Token kw = next();
        String n = name();
        List<TypeParam> tps = at("[") ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at("(")) {
            int open = pos;
            Call c = (Call) callArgs();
            bases = c.args();
            keywords = c.keywords();
            if (bases.size() == 1 && bases.get(0) instanceof GeneratorExp g
                            && g.span().colOffset() == tok(open).col() && g.span().lineno() == tok(open).line()) {
                throw genexpInClassBases(open);
            }
        }
        colon();
        List<Stmt> body = block("class definition", kw);
        return new ClassDef(span(start), n, bases, keywords, body, decorators, tps);
    }

    private PythonSyntaxError genexpInClassBases(int open) {
        int depth = 0;
        for (int i = open + 1;; i++) {
            Token t = tok(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 0 && t.is("for") && t.kind() == TokenKind.NAME) {
                return syntaxError("invalid syntax", t, t);
            }
        }
    }

    /** Parses {@code (arguments)} as a call on a dummy function, to reuse the call rules for class bases. */
    private Expr callArgs() {
        int start = pos;
        Expr dummy = new Name(tokSpan(peek()), "", ExprContext.Load);
        return callOn(start, dummy);
    }

    // ---- match

    private Stmt matchStmt() {
        Token t1 = peek(1);
        if (t1.kind() == TokenKind.NEWLINE || t1.isOp("=") || t1.isOp(".") || t1.isOp(":")) {
            return null;
        }
        int start = pos;
        Token kw = next();
        Expr subject;
        try {
            subject = subject();
            if (!at(":") || !peek(1).kind().equals(TokenKind.NEWLINE)) {
                throw FAIL;
            }
        } catch (Fail f) {
            pos = start;
            return null;
        }
        next();
        next();
        if (!atKind(TokenKind.INDENT)) {
            Token t = peek();
            throw errorAt(Kind.IndentationError, "expected an indented block after 'match' statement on line "
                            + kw.line(), t, t);
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        while (at("case")) {
            Token ck = next();
            Pattern p = patterns();
            Expr guard = accept("if") ? namedExpression() : null;
            colon();
            List<Stmt> body = block("'case' statement", ck);
            cases.add(new MatchCase(p, guard, body));
        }
        if (cases.isEmpty()) {
            throw FAIL;
        }
        if (atKind(TokenKind.DEDENT)) {
            next();
        }
        return new Match(span(start), subject, cases);
    }

    private Expr subject() {
        int start = pos;
        Expr first = starNamedExpression();
        if (!at(",")) {
            if (first instanceof Starred) {
                throw FAIL;
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at(":")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Tuple(span(start), elts, ExprContext.Load);
    }
}
