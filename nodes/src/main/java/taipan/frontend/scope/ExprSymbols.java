package taipan.frontend.scope;

import static taipan.frontend.scope.SymbolFlags.DEF_COMP_ITER;
import static taipan.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static taipan.frontend.scope.SymbolFlags.DEF_LOCAL;
import static taipan.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static taipan.frontend.scope.SymbolFlags.DEF_PARAM;
import static taipan.frontend.scope.SymbolFlags.DEF_TYPE_PARAM;
import static taipan.frontend.scope.SymbolFlags.USE;

import java.util.List;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;

/** The expression, argument, type-parameter and pattern part of the first symtable pass (Python/symtable.c). */
final class ExprSymbols {

    private final SymbolTableBuilder st;

    ExprSymbols(SymbolTableBuilder st) {
        this.st = st;
    }

    void visitAll(List<? extends Expr> list) {
        for (Expr e : list) {
            visit(e);
        }
    }

    void visitAllNullable(List<? extends Expr> list) {
        for (Expr e : list) {
            visitOptional(e);
        }
    }

    void visitOptional(Expr e) {
        if (e != null) {
            visit(e);
        }
    }

    void visit(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> {
                raiseIfAnnotationBlock("named expression", e);
                handleNamedExpr(e);
            }
            case Expr.Lambda e -> {
                visitAll(e.args().defaults());
                visitAllNullable(e.args().kwDefaults());
                st.enterBlock("lambda", BlockType.FUNCTION, e, e.span().lineno());
                visitArguments(e.args());
                visit(e.body());
                st.exitBlock();
            }
            case Expr.GeneratorExp e -> comprehension(e, "genexpr", ComprehensionType.GENERATOR, e.generators(),
                            e.elt(), null);
            case Expr.ListComp e -> comprehension(e, "listcomp", ComprehensionType.LIST, e.generators(), e.elt(), null);
            case Expr.SetComp e -> comprehension(e, "setcomp", ComprehensionType.SET, e.generators(), e.elt(), null);
            case Expr.DictComp e -> comprehension(e, "dictcomp", ComprehensionType.DICT, e.generators(), e.key(),
                            e.value());
            case Expr.Yield e -> visitYield(e, e.value());
            case Expr.YieldFrom e -> visitYield(e, e.value());
            case Expr.Await e -> {
                raiseIfAnnotationBlock("await expression", e);
                visit(e.value());
                st.cur.coroutine = true;
            }
            case Expr.Name e -> visitName(e);
            default -> AstWalk.exprChildren(expr, this::visit);
        }
    }

    private void visitYield(Expr e, Expr value) {
        raiseIfAnnotationBlock("yield expression", e);
        visitOptional(value);
        st.cur.generator = true;
        if (st.cur.comprehension != ComprehensionType.NONE) {
            throw st.errors.at(e.span(), "'yield' inside " + st.cur.comprehension.describe());
        }
    }

    private void visitName(Expr.Name e) {
        st.addDef(e.id(), e.ctx() == ExprContext.Load ? USE : DEF_LOCAL, e.span());
        // super() needs the __class__ cell of the enclosing class
        if (e.ctx() == ExprContext.Load && st.cur.type == BlockType.FUNCTION && e.id().equals("super")) {
            st.addDef("__class__", USE, e.span());
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String msg = switch (st.cur.type) {
            case ANNOTATION -> what + " cannot be used within an annotation";
            case TYPE_VARIABLE -> what + " cannot be used within " + st.cur.scopeInfo;
            case TYPE_ALIAS -> what + " cannot be used within a type alias";
            case TYPE_PARAMETERS -> what + " cannot be used within the definition of a generic";
            default -> null;
        };
        if (msg != null) {
            throw st.errors.at(e.span(), msg);
        }
    }

    // ---- assignment expressions

    private void handleNamedExpr(Expr.NamedExpr e) {
        if (st.cur.compIterExpr > 0) {
            throw st.errors.at(e.span(), "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (st.cur.comprehension != ComprehensionType.NONE) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visit(e.value());
        visit(e.target());
    }

    /** PEP 572: a walrus inside a comprehension binds in the nearest enclosing function or module scope. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        List<Scope> stack = st.stack();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != ComprehensionType.NONE) {
                int flags = st.lookupEntry(ste, name);
                if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
                    throw st.errors.at(target.span(),
                                    "assignment expression cannot rebind comprehension iteration variable '" + name
                                                    + "'");
                }
                continue;
            }
            switch (ste.type) {
                case FUNCTION -> {
                    boolean global = (st.lookupEntry(ste, name) & DEF_GLOBAL) != 0;
                    st.addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, target.span());
                    st.recordDirective(name, target.span());
                    st.addDefHelper(name, DEF_LOCAL, ste, target.span());
                    return;
                }
                case MODULE -> {
                    st.addDef(name, DEF_GLOBAL, target.span());
                    st.recordDirective(name, target.span());
                    st.addDefHelper(name, DEF_GLOBAL, ste, target.span());
                    return;
                }
                case CLASS -> throw walrusError(target, "a class body");
                case TYPE_PARAMETERS -> throw walrusError(target, "the definition of a generic");
                case TYPE_ALIAS -> throw walrusError(target, "a type alias");
                case TYPE_VARIABLE -> throw walrusError(target, "a TypeVar bound");
                default -> {
                }
            }
        }
        throw new IllegalStateException("assignment expression found no enclosing scope");
    }

    private RuntimeException walrusError(Expr.Name target, String where) {
        String prep = where.startsWith("the definition") ? " within " : " in ";
        return st.errors.at(target.span(),
                        "assignment expression within a comprehension cannot be used" + prep + where);
    }

    // ---- comprehensions

    private void comprehension(Expr e, String scopeName, ComprehensionType kind, List<Comprehension> generators,
                    Expr elt, Expr value) {
        boolean isGenerator = kind == ComprehensionType.GENERATOR;
        Comprehension outermost = generators.get(0);
        // the outermost iterable is evaluated in the enclosing scope
        st.cur.compIterExpr++;
        visit(outermost.iter());
        st.cur.compIterExpr--;
        st.enterBlock(scopeName, BlockType.FUNCTION, e, e.span().lineno());
        st.cur.comprehension = kind;
        if (outermost.isAsync()) {
            st.cur.coroutine = true;
        }
        st.addDef(".0", DEF_PARAM, e.span());
        st.cur.compIterTarget = true;
        visit(outermost.target());
        st.cur.compIterTarget = false;
        visitAll(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            visitComprehension(generators.get(i));
        }
        visitOptional(value);
        visit(elt);
        if (isGenerator) {
            st.cur.generator = true;
        }
        boolean isAsync = st.cur.coroutine && !isGenerator;
        st.exitBlock();
        if (isAsync) {
            st.cur.coroutine = true;
        }
    }

    private void visitComprehension(Comprehension c) {
        st.cur.compIterTarget = true;
        visit(c.target());
        st.cur.compIterTarget = false;
        st.cur.compIterExpr++;
        visit(c.iter());
        st.cur.compIterExpr--;
        visitAll(c.ifs());
        if (c.isAsync()) {
            st.cur.coroutine = true;
        }
    }

    // ---- functions, annotations, type parameters, patterns

    void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            st.addDef(a.vararg().arg(), DEF_PARAM, a.vararg().span());
            st.cur.varargs = true;
        }
        if (a.kwarg() != null) {
            st.addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().span());
            st.cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arguments.Arg> params) {
        for (Arguments.Arg p : params) {
            st.addDef(p.arg(), DEF_PARAM, p.span());
        }
    }

    /** A function's parameter and return annotations, evaluated in the enclosing (or type-parameter) scope. */
    void visitAnnotations(Stmt.FunctionDef f) {
        Arguments a = f.args();
        if (st.futureAnnotations) {
            st.enterBlock("_annotation", BlockType.ANNOTATION, a, f.span().lineno());
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null) {
            visitOptional(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitOptional(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (st.futureAnnotations) {
            st.exitBlock();
        }
        if (f.returns() != null) {
            visitAnnotation(f.returns());
        }
    }

    private void visitArgAnnotations(List<Arguments.Arg> params) {
        for (Arguments.Arg p : params) {
            visitOptional(p.annotation());
        }
    }

    void visitAnnotation(Expr annotation) {
        if (st.futureAnnotations) {
            st.enterBlock("_annotation", BlockType.ANNOTATION, annotation, annotation.span().lineno());
        }
        visit(annotation);
        if (st.futureAnnotations) {
            st.exitBlock();
        }
    }

    void visitTypeParam(TypeParam tp) {
        st.addDef(name(tp), DEF_TYPE_PARAM | DEF_LOCAL, tp.span());
        switch (tp) {
            case TypeParam.TypeVar t -> {
                if (t.bound() != null) {
                    String info = t.bound() instanceof Expr.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                    typeVariableBlock(t.bound(), t.name(), tp, info, false);
                }
                typeVariableBlock(t.defaultValue(), t.name(), tp, "a TypeVar default", true);
            }
            case TypeParam.TypeVarTuple t -> typeVariableBlock(t.defaultValue(), t.name(), tp,
                            "a TypeVarTuple default", true);
            case TypeParam.ParamSpec t -> typeVariableBlock(t.defaultValue(), t.name(), tp, "a ParamSpec default", true);
        }
    }

    private static String name(TypeParam tp) {
        return switch (tp) {
            case TypeParam.TypeVar t -> t.name();
            case TypeParam.TypeVarTuple t -> t.name();
            case TypeParam.ParamSpec t -> t.name();
        };
    }

    private void typeVariableBlock(Expr e, String name, TypeParam tp, String info, boolean isDefault) {
        if (e == null) {
            return;
        }
        boolean inClass = st.cur.canSeeClassScope;
        Scope block = st.newScope(name, BlockType.TYPE_VARIABLE, isDefault ? null : tp, e.span().lineno());
        if (isDefault) {
            st.defaults.put(tp, block);
        }
        st.enterExisting(block);
        block.canSeeClassScope = inClass;
        if (inClass) {
            st.addDef("__classdict__", USE, e.span());
        }
        block.scopeInfo = info;
        visit(e);
        st.exitBlock();
    }

    void visitPattern(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue p -> visit(p.value());
            case Pattern.MatchSingleton p -> {
            }
            case Pattern.MatchSequence p -> p.patterns().forEach(this::visitPattern);
            case Pattern.MatchStar p -> bindPattern(p.name(), p.span());
            case Pattern.MatchMapping p -> {
                visitAll(p.keys());
                p.patterns().forEach(this::visitPattern);
                bindPattern(p.rest(), p.span());
            }
            case Pattern.MatchClass p -> {
                visit(p.cls());
                p.patterns().forEach(this::visitPattern);
                p.kwdPatterns().forEach(this::visitPattern);
            }
            case Pattern.MatchAs p -> {
                if (p.pattern() != null) {
                    visitPattern(p.pattern());
                }
                bindPattern(p.name(), p.span());
            }
            case Pattern.MatchOr p -> p.patterns().forEach(this::visitPattern);
        }
    }

    private void bindPattern(String name, Span span) {
        if (name != null) {
            st.addDef(name, DEF_LOCAL, span);
        }
    }
}
