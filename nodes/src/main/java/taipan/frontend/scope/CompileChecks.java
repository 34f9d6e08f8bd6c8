package taipan.frontend.scope;

import java.util.List;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;
import taipan.frontend.ast.WithItem;
import taipan.frontend.scope.CompileUnit.BlockKind;
import taipan.frontend.scope.CompileUnit.Kind;

/**
 * The SyntaxErrors CPython's compiler (Python/compile.c) raises after the symbol table is built, checked in the
 * compiler's own order: misplaced {@code return}/{@code break}/{@code continue}/{@code yield}/{@code await}/
 * {@code async}, {@code __debug__} assignments, starred targets, {@code except} ordering, nesting depth, late
 * {@code __future__} imports and (through {@link PatternChecks}) {@code match} patterns. Expressions are checked
 * by {@link CompileExprChecks}.
 */
final class CompileChecks {

    final ScopeInfo info;
    final SyntaxErrors errors;
    final boolean futureAnnotations;
    private final boolean allowTopLevelAwait;
    private final Span futureLocation;
    private final CompileExprChecks exprs;
    private final PatternChecks patterns;
    CompileUnit unit;

    CompileChecks(ScopeInfo info, SyntaxErrors errors, FutureFeatures future, boolean allowTopLevelAwait) {
        this.info = info;
        this.allowTopLevelAwait = allowTopLevelAwait;
        this.errors = errors;
        this.futureAnnotations = future.annotations();
        this.futureLocation = future.location();
        this.exprs = new CompileExprChecks(this);
        this.patterns = new PatternChecks(this, exprs);
    }

    void check(Mod mod) {
        unit = new CompileUnit(info.module(), Kind.MODULE);
        switch (mod) {
            case Mod.Module m -> visitStmts(m.body());
            case Mod.Interactive m -> visitStmts(m.body());
            case Mod.Expression m -> exprs.visit(m.body());
            case Mod.FunctionType m -> {
            }
        }
    }

    // ---- helpers shared with the expression and pattern checks

    void checkStore(String name, Span span) {
        if ("__debug__".equals(name)) {
            throw errors.at(span, "cannot assign to __debug__");
        }
    }

    void checkDelete(String name, Span span) {
        if ("__debug__".equals(name)) {
            throw errors.at(span, "cannot delete __debug__");
        }
    }

    /** CPython's {@code IS_TOP_LEVEL_AWAIT}: module code compiled with {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. */
    boolean topLevelAwait(CompileUnit u) {
        return allowTopLevelAwait && u.ste.type == BlockType.MODULE;
    }

    CompileUnit enter(Scope ste, Kind kind) {
        CompileUnit saved = unit;
        unit = new CompileUnit(ste, kind);
        return saved;
    }

    private void push(BlockKind kind, Span span) {
        if (unit.blocks.size() >= CompileUnit.MAX_BLOCKS) {
            throw errors.at(span, "too many statically nested blocks");
        }
        unit.blocks.add(kind);
    }

    private void pop() {
        unit.blocks.remove(unit.blocks.size() - 1);
    }

    // ---- statements

    void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef s -> visitFunctionDef(s);
            case Stmt.ClassDef s -> visitClassDef(s);
            case Stmt.TypeAlias s -> visitTypeAlias(s);
            case Stmt.Return s -> visitReturn(s);
            case Stmt.Assign s -> {
                exprs.visit(s.value());
                exprs.visitAll(s.targets());
            }
            case Stmt.AnnAssign s -> visitAnnAssign(s);
            case Stmt.For s -> visitFor(s);
            case Stmt.While s -> {
                exprs.visit(s.test());
                push(BlockKind.WHILE_LOOP, s.span());
                visitStmts(s.body());
                pop();
                visitStmts(s.orelse());
            }
            case Stmt.With s -> visitWith(s);
            case Stmt.Match s -> {
                exprs.visit(s.subject());
                patterns.visitMatch(s);
            }
            case Stmt.Try s -> visitTry(s);
            case Stmt.Import s -> visitAliases(s.names(), s.span());
            case Stmt.ImportFrom s -> visitImportFrom(s);
            case Stmt.Break s -> visitBreakContinue(s.span(), "'break' outside loop");
            case Stmt.Continue s -> visitBreakContinue(s.span(), "'continue' not properly in loop");
            case Stmt.Assert s when s.test() instanceof taipan.frontend.ast.Expr.Tuple t && !t.elts().isEmpty() -> {
                taipan.frontend.parse.CompileWarnings.add("assertion is always true, perhaps remove parentheses?",
                                s.span().lineno(), -s.span().lineno());
                AstWalk.simpleStmt(stmt, exprs::visit, this::visitStmts);
            }
            default -> AstWalk.simpleStmt(stmt, exprs::visit, this::visitStmts);
        }
    }

    private void visitFunctionDef(Stmt.FunctionDef s) {
        checkArgs(s.args());
        exprs.visitAll(s.decoratorList());
        exprs.visitAll(s.args().defaults());
        exprs.visitAllNullable(s.args().kwDefaults());
        CompileUnit outer = unit;
        if (!s.typeParams().isEmpty()) {
            enter(info.scopeOf(s.typeParams()), Kind.TYPE_PARAMS);
            visitTypeParams(s.typeParams());
        }
        if (!futureAnnotations) {
            visitArgAnnotations(s.args());
            exprs.visitOptional(s.returns());
        }
        enter(info.scopeOf(s), s.isAsync() ? Kind.ASYNC_FUNCTION : Kind.FUNCTION);
        visitStmts(s.body());
        unit = outer;
        checkStore(s.name(), s.span());
    }

    private void visitClassDef(Stmt.ClassDef s) {
        exprs.visitAll(s.decoratorList());
        CompileUnit outer = unit;
        if (!s.typeParams().isEmpty()) {
            enter(info.scopeOf(s.typeParams()), Kind.TYPE_PARAMS);
            visitTypeParams(s.typeParams());
        }
        CompileUnit typeParamsUnit = enter(info.scopeOf(s), Kind.CLASS);
        visitStmts(s.body());
        unit = typeParamsUnit;
        exprs.visitCallArgs(s.bases(), s.keywords());
        unit = outer;
        checkStore(s.name(), s.span());
    }

    private void visitTypeAlias(Stmt.TypeAlias s) {
        CompileUnit outer = unit;
        if (!s.typeParams().isEmpty()) {
            enter(info.scopeOf(s.typeParams()), Kind.TYPE_PARAMS);
            visitTypeParams(s.typeParams());
        }
        enter(info.scopeOf(s), Kind.TYPE_PARAMS);
        exprs.visit(s.value());
        unit = outer;
        checkStore(((Expr.Name) s.name()).id(), s.span());
    }

    private void visitTypeParams(List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam tp : params) {
            String name;
            Expr bound = null;
            Expr dflt;
            switch (tp) {
                case TypeParam.TypeVar t -> {
                    name = t.name();
                    bound = t.bound();
                    dflt = t.defaultValue();
                }
                case TypeParam.ParamSpec t -> {
                    name = t.name();
                    dflt = t.defaultValue();
                }
                case TypeParam.TypeVarTuple t -> {
                    name = t.name();
                    // PEP 696: *Ts = *tuple[int, ...] is the one starred default
                    dflt = t.defaultValue() instanceof Expr.Starred st ? st.value() : t.defaultValue();
                }
            }
            checkStore(name, tp.span());
            if (dflt != null) {
                seenDefault = true;
            } else if (seenDefault) {
                // CPython's compiler_type_params (PEP 696)
                throw errors.at(tp.span(), "non-default type parameter '" + name + "' follows default type parameter");
            }
            if (bound != null) {
                visitInUnit(info.scopeOf(tp), bound);
            }
            if (dflt != null) {
                visitInUnit(info.defaultScopeOf(tp), dflt);
            }
        }
    }

    private void visitInUnit(Scope ste, Expr e) {
        CompileUnit outer = enter(ste, Kind.TYPE_PARAMS);
        exprs.visit(e);
        unit = outer;
    }

    void checkArgs(Arguments a) {
        for (List<Arguments.Arg> list : List.of(a.posonlyargs(), a.args())) {
            list.forEach(p -> checkStore(p.arg(), p.span()));
        }
        if (a.vararg() != null) {
            checkStore(a.vararg().arg(), a.vararg().span());
        }
        a.kwonlyargs().forEach(p -> checkStore(p.arg(), p.span()));
        if (a.kwarg() != null) {
            checkStore(a.kwarg().arg(), a.kwarg().span());
        }
    }

    private void visitArgAnnotations(Arguments a) {
        for (List<Arguments.Arg> list : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            list.forEach(p -> exprs.visitOptional(p.annotation()));
        }
        if (a.vararg() != null) {
            // *args: *Ts (PEP 646) is the one place a starred annotation is allowed
            Expr ann = a.vararg().annotation();
            exprs.visitOptional(ann instanceof Expr.Starred st ? st.value() : ann);
        }
        if (a.kwarg() != null) {
            exprs.visitOptional(a.kwarg().annotation());
        }
    }

    private void visitReturn(Stmt.Return s) {
        if (!unit.ste.type.isFunctionLike()) {
            throw errors.at(s.span(), "'return' outside function");
        }
        Expr value = s.value();
        if (value != null && unit.ste.coroutine && unit.ste.generator) {
            throw errors.at(s.span(), "'return' with value in async generator");
        }
        Span loc = s.span();
        if (value != null && !(value instanceof Expr.Constant)) {
            exprs.visit(value);
        } else if (value != null) {
            loc = value.span();
        }
        if (value == null || value.span().lineno() != s.span().lineno()) {
            loc = s.span();
        }
        unwind(loc, false);
    }

    private void visitBreakContinue(Span span, String outsideLoop) {
        if (!unwind(span, true)) {
            throw errors.at(span, outsideLoop);
        }
    }

    /** CPython's {@code compiler_unwind_fblock_stack}: true if a loop was reached (when looking for one). */
    private boolean unwind(Span loc, boolean toLoop) {
        Span where = loc;
        for (int i = unit.blocks.size() - 1; i >= 0; i--) {
            BlockKind top = unit.blocks.get(i);
            if (top == BlockKind.EXCEPTION_GROUP_HANDLER) {
                throw errors.at(where, "'break', 'continue' and 'return' cannot appear in an except* block");
            }
            if (toLoop && top.isLoop()) {
                return true;
            }
            if (top.clearsLocation()) {
                where = CompileUnit.NO_LOCATION;
            }
        }
        return false;
    }

    private void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            exprs.visit(s.value());
            exprs.visit(s.target());
        }
        // CPython checks the target's name once more, at the statement's location
        if (s.target() instanceof Expr.Name n) {
            checkStore(n.id(), s.span());
        } else if (s.target() instanceof Expr.Attribute a) {
            checkStore(a.attr(), s.span());
            if (s.value() == null) {
                exprs.visit(a.value());
            }
        } else if (s.target() instanceof Expr.Subscript sub && s.value() == null) {
            exprs.visit(sub.value());
            exprs.visit(sub.slice());
        }
        // annotations are evaluated only in modules and classes (and never under the annotations future)
        if (!futureAnnotations && (unit.kind == Kind.MODULE || unit.kind == Kind.CLASS)) {
            exprs.visit(s.annotation());
        }
    }

    private void visitFor(Stmt.For s) {
        if (s.isAsync() && !unit.isAsync() && !topLevelAwait(unit)) {
            throw errors.at(s.span(), "'async for' outside async function");
        }
        exprs.visit(s.iter());
        push(BlockKind.FOR_LOOP, s.span());
        exprs.visit(s.target());
        visitStmts(s.body());
        pop();
        visitStmts(s.orelse());
    }

    private void visitWith(Stmt.With s) {
        if (s.isAsync() && !unit.isAsync() && !topLevelAwait(unit)) {
            throw errors.at(s.span(), "'async with' outside async function");
        }
        for (WithItem item : s.items()) {
            exprs.visit(item.contextExpr());
            push(BlockKind.WITH, s.span());
            exprs.visitOptional(item.optionalVars());
        }
        visitStmts(s.body());
        for (int i = 0; i < s.items().size(); i++) {
            pop();
        }
    }

    private void visitTry(Stmt.Try s) {
        boolean hasFinally = !s.finalbody().isEmpty();
        if (hasFinally) {
            push(BlockKind.FINALLY_TRY, s.span());
        }
        if (!s.handlers().isEmpty()) {
            push(BlockKind.TRY_EXCEPT, s.span());
            visitStmts(s.body());
            pop();
            if (!s.isStar()) {
                visitStmts(s.orelse());
            }
            visitHandlers(s);
            if (s.isStar()) {
                visitStmts(s.orelse());
            }
        } else {
            visitStmts(s.body());
        }
        if (hasFinally) {
            pop();
            push(BlockKind.FINALLY_END, s.span());
            visitStmts(s.finalbody());
            pop();
        }
    }

    private void visitHandlers(Stmt.Try s) {
        push(s.isStar() ? BlockKind.EXCEPTION_GROUP_HANDLER : BlockKind.EXCEPTION_HANDLER, s.span());
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            if (h.type() == null && i < handlers.size() - 1) {
                throw errors.at(h.span(), "default 'except:' must be last");
            }
            exprs.visitOptional(h.type());
            if (h.name() != null) {
                checkStore(h.name(), h.span());
            }
            push(BlockKind.HANDLER_CLEANUP, h.span());
            visitStmts(h.body());
            pop();
        }
        pop();
    }

    private void visitAliases(List<Alias> names, Span span) {
        for (Alias a : names) {
            String name = a.asname() != null ? a.asname() : a.name();
            int dot = name.indexOf('.');
            checkStore(dot >= 0 ? name.substring(0, dot) : name, span);
        }
    }

    private void visitImportFrom(Stmt.ImportFrom s) {
        if ("__future__".equals(s.module()) && s.level() == 0 && isAfterFutureImports(s.span())) {
            throw errors.at(s.span(), "from __future__ imports must occur at the beginning of the file");
        }
        visitAliases(s.names(), s.span());
    }

    private boolean isAfterFutureImports(Span loc) {
        Span fut = futureLocation;
        return loc.lineno() > fut.lineno()
                        || (loc.lineno() == fut.lineno() && loc.colOffset() > fut.endColOffset());
    }
}
