package taipan.frontend.ast;

import java.util.List;

import taipan.frontend.ast.Expr.*;
import taipan.frontend.ast.Pattern.*;
import taipan.frontend.ast.Stmt.*;

/**
 * Prints an AST exactly as CPython 3.13's {@code ast.dump(tree, include_attributes=...)} does (no indent): None
 * fields and empty lists are omitted, except the value of Constant and MatchSingleton.
 */
public final class AstDump {

    private final StringBuilder sb = new StringBuilder();
    private final boolean attrs;

    private AstDump(boolean attrs) {
        this.attrs = attrs;
    }

    public static String dump(Mod mod, boolean includeAttributes) {
        AstDump d = new AstDump(includeAttributes);
        d.mod(mod);
        return d.sb.toString();
    }

    public static String dump(Expr e, boolean includeAttributes) {
        AstDump d = new AstDump(includeAttributes);
        d.value(e);
        return d.sb.toString();
    }

    /** One node being printed: collects "name=value" fields and closes with the attributes. */
    private final class N {
        private boolean first = true;

        N(String name) {
            sb.append(name).append('(');
        }

        private void sep(String name) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(name).append('=');
        }

        N f(String name, Object v) {
            if (v == null || v instanceof List<?> l && l.isEmpty()) {
                return this;
            }
            sep(name);
            value(v);
            return this;
        }

        /** A field printed even when None (Constant.value, MatchSingleton.value). */
        N always(String name, Object v) {
            sep(name);
            value(v);
            return this;
        }

        N raw(String name, String text) {
            sep(name);
            sb.append(text);
            return this;
        }

        void end(Span s) {
            if (attrs && s != null) {
                raw("lineno", Integer.toString(s.lineno()));
                raw("col_offset", Integer.toString(s.colOffset()));
                raw("end_lineno", Integer.toString(s.endLineno()));
                raw("end_col_offset", Integer.toString(s.endColOffset()));
            }
            sb.append(')');
        }
    }

    private void mod(Mod m) {
        switch (m) {
            case Mod.Module x -> new N("Module").f("body", x.body()).f("type_ignores", x.typeIgnores()).end(null);
            case Mod.Interactive x -> new N("Interactive").f("body", x.body()).end(null);
            case Mod.Expression x -> new N("Expression").f("body", x.body()).end(null);
            case Mod.FunctionType x -> new N("FunctionType").f("argtypes", x.argtypes()).f("returns", x.returns()).end(null);
        }
    }

    private void value(Object v) {
        switch (v) {
            case null -> sb.append("None");
            case List<?> l -> {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    value(l.get(i));
                }
                sb.append(']');
            }
            case Stmt s -> stmt(s);
            case Expr e -> expr(e);
            case Pattern p -> pattern(p);
            case Enum<?> e -> sb.append(e.name()).append("()");
            case Mod.TypeIgnore t -> new N("TypeIgnore").raw("lineno", Integer.toString(t.lineno())).f("tag", t.tag()).end(null);
            case String s -> sb.append(PyRepr.str(s));
            case Integer i -> sb.append(i);
            case Boolean b -> sb.append(b ? "1" : "0");
            default -> other(v);
        }
    }

    private void other(Object v) {
        switch (v) {
            case Arguments a -> new N("arguments").f("posonlyargs", a.posonlyargs()).f("args", a.args())
                            .f("vararg", a.vararg()).f("kwonlyargs", a.kwonlyargs()).f("kw_defaults", a.kwDefaults())
                            .f("kwarg", a.kwarg()).f("defaults", a.defaults()).end(null);
            case Arguments.Arg a -> new N("arg").f("arg", a.arg()).f("annotation", a.annotation())
                            .f("type_comment", a.typeComment()).end(a.span());
            case Keyword k -> new N("keyword").f("arg", k.arg()).f("value", k.value()).end(k.span());
            case Alias a -> new N("alias").f("name", a.name()).f("asname", a.asname()).end(a.span());
            case WithItem w -> new N("withitem").f("context_expr", w.contextExpr()).f("optional_vars", w.optionalVars())
                            .end(null);
            case Comprehension c -> new N("comprehension").f("target", c.target()).f("iter", c.iter()).f("ifs", c.ifs())
                            .raw("is_async", c.isAsync() ? "1" : "0").end(null);
            case ExceptHandler h -> new N("ExceptHandler").f("type", h.type()).f("name", h.name()).f("body", h.body())
                            .end(h.span());
            case MatchCase c -> new N("match_case").f("pattern", c.pattern()).f("guard", c.guard()).f("body", c.body())
                            .end(null);
            case TypeParam.TypeVar t -> new N("TypeVar").f("name", t.name()).f("bound", t.bound())
                            .f("default_value", t.defaultValue()).end(t.span());
            case TypeParam.ParamSpec t -> new N("ParamSpec").f("name", t.name()).f("default_value", t.defaultValue())
                            .end(t.span());
            case TypeParam.TypeVarTuple t -> new N("TypeVarTuple").f("name", t.name())
                            .f("default_value", t.defaultValue()).end(t.span());
            default -> throw new IllegalArgumentException("cannot dump " + v.getClass());
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionDef x -> new N(x.isAsync() ? "AsyncFunctionDef" : "FunctionDef").f("name", x.name())
                            .f("args", x.args()).f("body", x.body()).f("decorator_list", x.decoratorList())
                            .f("returns", x.returns()).f("type_comment", x.typeComment()).f("type_params", x.typeParams())
                            .end(x.span());
            case ClassDef x -> new N("ClassDef").f("name", x.name()).f("bases", x.bases()).f("keywords", x.keywords())
                            .f("body", x.body()).f("decorator_list", x.decoratorList()).f("type_params", x.typeParams())
                            .end(x.span());
            case Return x -> new N("Return").f("value", x.value()).end(x.span());
            case Delete x -> new N("Delete").f("targets", x.targets()).end(x.span());
            case Assign x -> new N("Assign").f("targets", x.targets()).f("value", x.value())
                            .f("type_comment", x.typeComment()).end(x.span());
            case TypeAlias x -> new N("TypeAlias").f("name", x.name()).f("type_params", x.typeParams())
                            .f("value", x.value()).end(x.span());
            case AugAssign x -> new N("AugAssign").f("target", x.target()).f("op", x.op()).f("value", x.value())
                            .end(x.span());
            case AnnAssign x -> new N("AnnAssign").f("target", x.target()).f("annotation", x.annotation())
                            .f("value", x.value()).raw("simple", x.simple() ? "1" : "0").end(x.span());
            case For x -> new N(x.isAsync() ? "AsyncFor" : "For").f("target", x.target()).f("iter", x.iter())
                            .f("body", x.body()).f("orelse", x.orelse()).f("type_comment", x.typeComment()).end(x.span());
            case While x -> new N("While").f("test", x.test()).f("body", x.body()).f("orelse", x.orelse()).end(x.span());
            case If x -> new N("If").f("test", x.test()).f("body", x.body()).f("orelse", x.orelse()).end(x.span());
            case With x -> new N(x.isAsync() ? "AsyncWith" : "With").f("items", x.items()).f("body", x.body())
                            .f("type_comment", x.typeComment()).end(x.span());
            case Match x -> new N("Match").f("subject", x.subject()).f("cases", x.cases()).end(x.span());
            case Raise x -> new N("Raise").f("exc", x.exc()).f("cause", x.cause()).end(x.span());
            case Try x -> new N(x.isStar() ? "TryStar" : "Try").f("body", x.body()).f("handlers", x.handlers())
                            .f("orelse", x.orelse()).f("finalbody", x.finalbody()).end(x.span());
            case Assert x -> new N("Assert").f("test", x.test()).f("msg", x.msg()).end(x.span());
            case Import x -> new N("Import").f("names", x.names()).end(x.span());
            case ImportFrom x -> new N("ImportFrom").f("module", x.module()).f("names", x.names())
                            .raw("level", Integer.toString(x.level())).end(x.span());
            case Global x -> new N("Global").f("names", x.names()).end(x.span());
            case Nonlocal x -> new N("Nonlocal").f("names", x.names()).end(x.span());
            case ExprStmt x -> new N("Expr").f("value", x.value()).end(x.span());
            case Pass x -> new N("Pass").end(x.span());
            case Break x -> new N("Break").end(x.span());
            case Continue x -> new N("Continue").end(x.span());
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case BoolOpExpr x -> new N("BoolOp").f("op", x.op()).f("values", x.values()).end(x.span());
            case NamedExpr x -> new N("NamedExpr").f("target", x.target()).f("value", x.value()).end(x.span());
            case BinOp x -> new N("BinOp").f("left", x.left()).f("op", x.op()).f("right", x.right()).end(x.span());
            case UnaryOpExpr x -> new N("UnaryOp").f("op", x.op()).f("operand", x.operand()).end(x.span());
            case Lambda x -> new N("Lambda").f("args", x.args()).f("body", x.body()).end(x.span());
            case IfExp x -> new N("IfExp").f("test", x.test()).f("body", x.body()).f("orelse", x.orelse()).end(x.span());
            case Dict x -> new N("Dict").f("keys", x.keys()).f("values", x.values()).end(x.span());
            case SetExpr x -> new N("Set").f("elts", x.elts()).end(x.span());
            case ListComp x -> new N("ListComp").f("elt", x.elt()).f("generators", x.generators()).end(x.span());
            case SetComp x -> new N("SetComp").f("elt", x.elt()).f("generators", x.generators()).end(x.span());
            case DictComp x -> new N("DictComp").f("key", x.key()).f("value", x.value())
                            .f("generators", x.generators()).end(x.span());
            case GeneratorExp x -> new N("GeneratorExp").f("elt", x.elt()).f("generators", x.generators()).end(x.span());
            case Await x -> new N("Await").f("value", x.value()).end(x.span());
            case Yield x -> new N("Yield").f("value", x.value()).end(x.span());
            case YieldFrom x -> new N("YieldFrom").f("value", x.value()).end(x.span());
            case Compare x -> new N("Compare").f("left", x.left()).f("ops", x.ops()).f("comparators", x.comparators())
                            .end(x.span());
            case Call x -> new N("Call").f("func", x.func()).f("args", x.args()).f("keywords", x.keywords()).end(x.span());
            case FormattedValue x -> new N("FormattedValue").f("value", x.value())
                            .raw("conversion", Integer.toString(x.conversion())).f("format_spec", x.formatSpec())
                            .end(x.span());
            case JoinedStr x -> new N("JoinedStr").f("values", x.values()).end(x.span());
            case Constant x -> new N("Constant").raw("value", PyRepr.of(x.value())).f("kind", x.kind()).end(x.span());
            case Attribute x -> new N("Attribute").f("value", x.value()).f("attr", x.attr()).f("ctx", x.ctx())
                            .end(x.span());
            case Subscript x -> new N("Subscript").f("value", x.value()).f("slice", x.slice()).f("ctx", x.ctx())
                            .end(x.span());
            case Starred x -> new N("Starred").f("value", x.value()).f("ctx", x.ctx()).end(x.span());
            case Name x -> new N("Name").f("id", x.id()).f("ctx", x.ctx()).end(x.span());
            case ListExpr x -> new N("List").f("elts", x.elts()).f("ctx", x.ctx()).end(x.span());
            case Tuple x -> new N("Tuple").f("elts", x.elts()).f("ctx", x.ctx()).end(x.span());
            case Slice x -> new N("Slice").f("lower", x.lower()).f("upper", x.upper()).f("step", x.step()).end(x.span());
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case MatchValue x -> new N("MatchValue").f("value", x.value()).end(x.span());
            case MatchSingleton x -> new N("MatchSingleton").raw("value", PyRepr.of(x.value())).end(x.span());
            case MatchSequence x -> new N("MatchSequence").f("patterns", x.patterns()).end(x.span());
            case MatchMapping x -> new N("MatchMapping").f("keys", x.keys()).f("patterns", x.patterns())
                            .f("rest", x.rest()).end(x.span());
            case MatchClass x -> new N("MatchClass").f("cls", x.cls()).f("patterns", x.patterns())
                            .f("kwd_attrs", x.kwdAttrs()).f("kwd_patterns", x.kwdPatterns()).end(x.span());
            case MatchStar x -> new N("MatchStar").f("name", x.name()).end(x.span());
            case MatchAs x -> new N("MatchAs").f("pattern", x.pattern()).f("name", x.name()).end(x.span());
            case MatchOr x -> new N("MatchOr").f("patterns", x.patterns()).end(x.span());
        }
    }
}
