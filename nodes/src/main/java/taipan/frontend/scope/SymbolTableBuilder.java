package taipan.frontend.scope;

import static taipan.frontend.scope.SymbolFlags.DEF_ANNOT;
import static taipan.frontend.scope.SymbolFlags.DEF_COMP_ITER;
import static taipan.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static taipan.frontend.scope.SymbolFlags.DEF_LOCAL;
import static taipan.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static taipan.frontend.scope.SymbolFlags.DEF_PARAM;
import static taipan.frontend.scope.SymbolFlags.DEF_TYPE_PARAM;
import static taipan.frontend.scope.SymbolFlags.USE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;

/**
 * The first symtable pass (CPython's {@code symtable_visit_*} in Python/symtable.c): walks the AST, opens a
 * {@link Scope} per block and records the raw facts about each name. Expressions are visited by
 * {@link ExprSymbols}.
 */
final class SymbolTableBuilder {

    final SyntaxErrors errors;
    final boolean futureAnnotations;
    private final boolean allowTopLevelAwait;
    final IdentityHashMap<Object, Scope> blocks = new IdentityHashMap<>();
    final IdentityHashMap<TypeParam, Scope> defaults = new IdentityHashMap<>();
    private final List<Scope> stack = new ArrayList<>();
    private final ExprSymbols exprs;
    Scope cur;
    Scope top;
    String privateName;

    SymbolTableBuilder(SyntaxErrors errors, boolean futureAnnotations, boolean allowTopLevelAwait) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
        this.allowTopLevelAwait = allowTopLevelAwait;
        this.exprs = new ExprSymbols(this);
    }

    Scope build(Mod mod) {
        enterBlock("top", BlockType.MODULE, mod, 0);
        top = cur;
        switch (mod) {
            case Mod.Module m -> visitStmts(m.body());
            case Mod.Interactive m -> visitStmts(m.body());
            case Mod.Expression m -> exprs.visit(m.body());
            case Mod.FunctionType m -> {
            }
        }
        exitBlock();
        return top;
    }

    List<Scope> stack() {
        return stack;
    }

    // ---- blocks

    Scope newScope(String name, BlockType type, Object key, int lineno) {
        Scope ste = new Scope(name, type, key, lineno);
        if (cur != null && (cur.nested || cur.type.isFunctionLike())) {
            ste.nested = true;
        }
        if (key != null) {
            blocks.put(key, ste);
        }
        return ste;
    }

    void enterBlock(String name, BlockType type, Object key, int lineno) {
        enterExisting(newScope(name, type, key, lineno));
    }

    void enterExisting(Scope ste) {
        stack.add(ste);
        Scope prev = cur;
        ste.parent = prev;
        if (prev != null) {
            // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable
            ste.compIterExpr = prev.compIterExpr;
            if (prev.mangledNames != null && ste.type != BlockType.CLASS) {
                ste.mangledNames = prev.mangledNames;
            }
        }
        cur = ste;
        // future-annotation blocks are never compiled, so CPython keeps them out of the tree
        if (ste.type != BlockType.ANNOTATION && prev != null) {
            prev.children.add(ste);
        }
    }

    void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    // ---- symbols

    int lookup(String name) {
        return lookupEntry(cur, name);
    }

    int lookupEntry(Scope ste, String name) {
        Integer v = ste.symbols.get(Mangling.maybeMangle(privateName, ste, name));
        return v == null ? 0 : v;
    }

    void addDef(String name, int flag, Span span) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        addDefHelper(name, flag, cur, span);
    }

    void addDefHelper(String name, int flag, Scope ste, Span span) {
        String mangled = Mangling.maybeMangle(privateName, cur, name);
        Integer old = ste.symbols.get(mangled);
        int val = flag;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw errors.at(span, "duplicate argument '" + name + "' in function definition");
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (old & DEF_TYPE_PARAM) != 0) {
                throw errors.at(span, "duplicate type parameter '" + name + "'");
            }
            val = old | flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at(span, "comprehension inner loop cannot rebind assignment expression target '" + name
                                + "'");
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_LOCAL) != 0 && (flag & DEF_ANNOT) == 0) {
            ste.stored.add(mangled);
        }
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    void recordDirective(String name, Span span) {
        cur.directives.add(new Scope.Directive(Mangling.maybeMangle(privateName, cur, name), span));
    }

    // ---- statements

    void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt stmt) {
        boolean async = stmt instanceof Stmt.For f && f.isAsync() || stmt instanceof Stmt.With w && w.isAsync();
        if (async && allowTopLevelAwait && cur.type == BlockType.MODULE) {
            cur.coroutine = true;
        }
        if (AstWalk.simpleStmt(stmt, exprs::visit, this::visitStmts)) {
            return;
        }
        switch (stmt) {
            case Stmt.FunctionDef s -> visitFunctionDef(s);
            case Stmt.ClassDef s -> visitClassDef(s);
            case Stmt.TypeAlias s -> visitTypeAlias(s);
            case Stmt.Return s -> {
                if (s.value() != null) {
                    exprs.visit(s.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.AnnAssign s -> visitAnnAssign(s);
            case Stmt.With s -> visitWith(s);
            case Stmt.Match s -> visitMatch(s);
            case Stmt.Try s -> visitTry(s);
            case Stmt.Import s -> s.names().forEach(this::visitAlias);
            case Stmt.ImportFrom s -> s.names().forEach(this::visitAlias);
            case Stmt.Global s -> visitDirective(s.names(), s.span(), DEF_GLOBAL);
            case Stmt.Nonlocal s -> visitDirective(s.names(), s.span(), DEF_NONLOCAL);
            default -> {
                // break and continue record nothing
            }
        }
    }

    private void visitWith(Stmt.With s) {
        for (var item : s.items()) {
            exprs.visit(item.contextExpr());
            exprs.visitOptional(item.optionalVars());
        }
        visitStmts(s.body());
    }

    private void visitMatch(Stmt.Match s) {
        exprs.visit(s.subject());
        for (var c : s.cases()) {
            exprs.visitPattern(c.pattern());
            exprs.visitOptional(c.guard());
            visitStmts(c.body());
        }
    }

    private void visitFunctionDef(Stmt.FunctionDef s) {
        addDef(s.name(), DEF_LOCAL, s.span());
        exprs.visitAll(s.args().defaults());
        exprs.visitAllNullable(s.args().kwDefaults());
        exprs.visitAll(s.decoratorList());
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            boolean hasKwDefaults = s.args().kwDefaults().stream().anyMatch(e -> e != null);
            // CPython 3.13 tests the defaults sequence for NULL, and the parser never leaves it NULL
            enterTypeParamBlock(s.name(), s.typeParams(), true, hasKwDefaults, false, s.span());
            s.typeParams().forEach(exprs::visitTypeParam);
        }
        exprs.visitAnnotations(s);
        enterBlock(s.name(), BlockType.FUNCTION, s, s.span().lineno());
        if (s.isAsync()) {
            cur.coroutine = true;
        }
        exprs.visitArguments(s.args());
        visitStmts(s.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void visitClassDef(Stmt.ClassDef s) {
        addDef(s.name(), DEF_LOCAL, s.span());
        exprs.visitAll(s.decoratorList());
        String saved = privateName;
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(s.name(), s.typeParams(), false, false, true, s.span());
            privateName = s.name();
            cur.mangledNames = new HashSet<>();
            s.typeParams().forEach(exprs::visitTypeParam);
        }
        exprs.visitAll(s.bases());
        s.keywords().forEach(k -> exprs.visit(k.value()));
        enterBlock(s.name(), BlockType.CLASS, s, s.span().lineno());
        privateName = s.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, s.span());
            addDef(".type_params", USE, s.span());
        }
        visitStmts(s.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = saved;
    }

    private void visitTypeAlias(Stmt.TypeAlias s) {
        exprs.visit(s.name());
        String name = ((Expr.Name) s.name()).id();
        boolean inClass = cur.type == BlockType.CLASS;
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, s.typeParams(), false, false, false, s.span());
            s.typeParams().forEach(exprs::visitTypeParam);
        }
        enterBlock(name, BlockType.TYPE_ALIAS, s, s.span().lineno());
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, s.value().span());
        }
        exprs.visit(s.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void enterTypeParamBlock(String name, List<TypeParam> key, boolean hasDefaults, boolean hasKwDefaults,
                    boolean isClass, Span span) {
        BlockType current = cur.type;
        enterBlock(name, BlockType.TYPE_PARAMETERS, key, span.lineno());
        if (current == BlockType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, span);
        }
        if (isClass) {
            // set when the type-params tuple is built, used when the generic base is
            addDef(".type_params", DEF_LOCAL, span);
            addDef(".type_params", USE, span);
            addDef(".generic_base", DEF_LOCAL, span);
            addDef(".generic_base", USE, span);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, span);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, span);
        }
    }

    private void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name n) {
            int old = lookup(n.id());
            if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && s.simple()) {
                String what = (old & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.at(s.span(), "annotated name '" + n.id() + "' can't be " + what);
            }
            if (s.simple()) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.span());
                if (s.value() != null) {
                    cur.stored.add(Mangling.maybeMangle(privateName, cur, n.id()));
                }
            } else if (s.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.span());
            }
        } else {
            exprs.visit(s.target());
        }
        exprs.visitAnnotation(s.annotation());
        exprs.visitOptional(s.value());
    }

    private void visitTry(Stmt.Try s) {
        visitStmts(s.body());
        for (var h : s.handlers()) {
            exprs.visitOptional(h.type());
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.span());
            }
            visitStmts(h.body());
        }
        visitStmts(s.orelse());
        visitStmts(s.finalbody());
    }

    private void visitAlias(taipan.frontend.ast.Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        int dot = name.indexOf('.');
        String store = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(store, SymbolFlags.DEF_IMPORT, a.span());
        } else if (cur.type != BlockType.MODULE) {
            throw errors.at(a.span(), "import * only allowed at module level");
        }
    }

    private void visitDirective(List<String> names, Span span, int flag) {
        String kind = flag == DEF_GLOBAL ? "global" : "nonlocal";
        for (String name : names) {
            int old = lookup(name);
            if ((old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((old & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + kind;
                } else if ((old & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + kind + " declaration";
                } else if ((old & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + kind;
                } else {
                    msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                }
                throw errors.at(span, msg);
            }
            addDef(name, flag, span);
            recordDirective(name, span);
        }
    }
}
