package taipan.frontend.scope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.MatchCase;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Operators;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;
import taipan.frontend.ast.WithItem;

/**
 * Turns the JSON dump of a CPython {@code ast.parse} result (from oracle_scope.py) into Taipan's AST records, so
 * scope analysis can be tested against CPython without depending on Taipan's parser.
 */
@SuppressWarnings("unchecked")
final class AstFromJson {

    private AstFromJson() {
    }

    static Mod.Module module(Object json) {
        Map<String, Object> m = (Map<String, Object>) json;
        return new Mod.Module(stmts(m.get("body")), List.of());
    }

    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static String type(Object o) {
        return (String) map(o).get("_");
    }

    private static Span span(Map<String, Object> m) {
        return new Span(((Long) m.get("lineno")).intValue(), ((Long) m.get("col_offset")).intValue(),
                        ((Long) m.get("end_lineno")).intValue(), ((Long) m.get("end_col_offset")).intValue());
    }

    private static List<Stmt> stmts(Object o) {
        List<Stmt> r = new ArrayList<>();
        for (Object x : (List<Object>) o) {
            r.add(stmt(map(x)));
        }
        return r;
    }

    private static List<Expr> exprs(Object o) {
        List<Expr> r = new ArrayList<>();
        for (Object x : (List<Object>) o) {
            r.add(expr(x));
        }
        return r;
    }

    private static List<String> strings(Object o) {
        return (List<String>) (List<?>) o;
    }

    private static <T> List<T> each(Object o, java.util.function.Function<Map<String, Object>, T> f) {
        List<T> r = new ArrayList<>();
        for (Object x : (List<Object>) o) {
            r.add(f.apply(map(x)));
        }
        return r;
    }

    private static String s(Map<String, Object> m, String k) {
        return (String) m.get(k);
    }

    private static Stmt stmt(Map<String, Object> m) {
        Span sp = span(m);
        String t = s(m, "_");
        return switch (t) {
            case "FunctionDef", "AsyncFunctionDef" -> new Stmt.FunctionDef(sp, s(m, "name"), arguments(map(m.get("args"))),
                            stmts(m.get("body")), exprs(m.get("decorator_list")), expr(m.get("returns")), null,
                            each(m.get("type_params"), AstFromJson::typeParam), t.startsWith("Async"));
            case "ClassDef" -> new Stmt.ClassDef(sp, s(m, "name"), exprs(m.get("bases")), each(m.get("keywords"),
                            AstFromJson::keyword), stmts(m.get("body")), exprs(m.get("decorator_list")),
                            each(m.get("type_params"), AstFromJson::typeParam));
            case "Return" -> new Stmt.Return(sp, expr(m.get("value")));
            case "Delete" -> new Stmt.Delete(sp, exprs(m.get("targets")));
            case "Assign" -> new Stmt.Assign(sp, exprs(m.get("targets")), expr(m.get("value")), null);
            case "TypeAlias" -> new Stmt.TypeAlias(sp, expr(m.get("name")), each(m.get("type_params"),
                            AstFromJson::typeParam), expr(m.get("value")));
            case "AugAssign" -> new Stmt.AugAssign(sp, expr(m.get("target")), Operators.Operator.valueOf(type(m.get("op"))),
                            expr(m.get("value")));
            case "AnnAssign" -> new Stmt.AnnAssign(sp, expr(m.get("target")), expr(m.get("annotation")),
                            expr(m.get("value")), ((Long) m.get("simple")) != 0);
            case "For", "AsyncFor" -> new Stmt.For(sp, expr(m.get("target")), expr(m.get("iter")), stmts(m.get("body")),
                            stmts(m.get("orelse")), null, t.startsWith("Async"));
            case "While" -> new Stmt.While(sp, expr(m.get("test")), stmts(m.get("body")), stmts(m.get("orelse")));
            case "If" -> new Stmt.If(sp, expr(m.get("test")), stmts(m.get("body")), stmts(m.get("orelse")));
            case "With", "AsyncWith" -> new Stmt.With(sp, each(m.get("items"), AstFromJson::withItem),
                            stmts(m.get("body")), null, t.startsWith("Async"));
            case "Match" -> new Stmt.Match(sp, expr(m.get("subject")), each(m.get("cases"), AstFromJson::matchCase));
            case "Raise" -> new Stmt.Raise(sp, expr(m.get("exc")), expr(m.get("cause")));
            case "Try", "TryStar" -> new Stmt.Try(sp, stmts(m.get("body")), each(m.get("handlers"),
                            AstFromJson::handler), stmts(m.get("orelse")), stmts(m.get("finalbody")), t.equals("TryStar"));
            case "Assert" -> new Stmt.Assert(sp, expr(m.get("test")), expr(m.get("msg")));
            case "Import" -> new Stmt.Import(sp, each(m.get("names"), AstFromJson::alias));
            case "ImportFrom" -> new Stmt.ImportFrom(sp, s(m, "module"), each(m.get("names"), AstFromJson::alias),
                            ((Long) m.get("level")).intValue());
            case "Global" -> new Stmt.Global(sp, strings(m.get("names")));
            case "Nonlocal" -> new Stmt.Nonlocal(sp, strings(m.get("names")));
            case "Expr" -> new Stmt.ExprStmt(sp, expr(m.get("value")));
            case "Pass" -> new Stmt.Pass(sp);
            case "Break" -> new Stmt.Break(sp);
            case "Continue" -> new Stmt.Continue(sp);
            default -> throw new IllegalArgumentException(t);
        };
    }

    private static Operators.ExprContext ctx(Map<String, Object> m) {
        return Operators.ExprContext.valueOf(type(m.get("ctx")));
    }

    private static Expr expr(Object o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = map(o);
        Span sp = span(m);
        String t = s(m, "_");
        return switch (t) {
            case "BoolOp" -> new Expr.BoolOpExpr(sp, Operators.BoolOp.valueOf(type(m.get("op"))), exprs(m.get("values")));
            case "NamedExpr" -> new Expr.NamedExpr(sp, expr(m.get("target")), expr(m.get("value")));
            case "BinOp" -> new Expr.BinOp(sp, expr(m.get("left")), Operators.Operator.valueOf(type(m.get("op"))),
                            expr(m.get("right")));
            case "UnaryOp" -> new Expr.UnaryOpExpr(sp, Operators.UnaryOp.valueOf(type(m.get("op"))),
                            expr(m.get("operand")));
            case "Lambda" -> new Expr.Lambda(sp, arguments(map(m.get("args"))), expr(m.get("body")));
            case "IfExp" -> new Expr.IfExp(sp, expr(m.get("test")), expr(m.get("body")), expr(m.get("orelse")));
            case "Dict" -> new Expr.Dict(sp, exprs(m.get("keys")), exprs(m.get("values")));
            case "Set" -> new Expr.SetExpr(sp, exprs(m.get("elts")));
            case "ListComp" -> new Expr.ListComp(sp, expr(m.get("elt")), comps(m));
            case "SetComp" -> new Expr.SetComp(sp, expr(m.get("elt")), comps(m));
            case "DictComp" -> new Expr.DictComp(sp, expr(m.get("key")), expr(m.get("value")), comps(m));
            case "GeneratorExp" -> new Expr.GeneratorExp(sp, expr(m.get("elt")), comps(m));
            case "Await" -> new Expr.Await(sp, expr(m.get("value")));
            case "Yield" -> new Expr.Yield(sp, expr(m.get("value")));
            case "YieldFrom" -> new Expr.YieldFrom(sp, expr(m.get("value")));
            case "Compare" -> new Expr.Compare(sp, expr(m.get("left")), each(m.get("ops"),
                            x -> Operators.CmpOp.valueOf((String) x.get("_"))), exprs(m.get("comparators")));
            case "Call" -> new Expr.Call(sp, expr(m.get("func")), exprs(m.get("args")), each(m.get("keywords"),
                            AstFromJson::keyword));
            case "FormattedValue" -> new Expr.FormattedValue(sp, expr(m.get("value")),
                            ((Long) m.get("conversion")).intValue(), expr(m.get("format_spec")));
            case "JoinedStr" -> new Expr.JoinedStr(sp, exprs(m.get("values")));
            case "Constant" -> new Expr.Constant(sp, constant(m.get("value")), s(m, "kind"));
            case "Attribute" -> new Expr.Attribute(sp, expr(m.get("value")), s(m, "attr"), ctx(m));
            case "Subscript" -> new Expr.Subscript(sp, expr(m.get("value")), expr(m.get("slice")), ctx(m));
            case "Starred" -> new Expr.Starred(sp, expr(m.get("value")), ctx(m));
            case "Name" -> new Expr.Name(sp, s(m, "id"), ctx(m));
            case "List" -> new Expr.ListExpr(sp, exprs(m.get("elts")), ctx(m));
            case "Tuple" -> new Expr.Tuple(sp, exprs(m.get("elts")), ctx(m));
            case "Slice" -> new Expr.Slice(sp, expr(m.get("lower")), expr(m.get("upper")), expr(m.get("step")));
            default -> throw new IllegalArgumentException(t);
        };
    }

    private static Object constant(Object v) {
        if (!(v instanceof Map)) {
            return v;
        }
        Map<String, Object> m = map(v);
        if (m.containsKey("none")) {
            return Expr.Singleton.NONE;
        }
        if (m.containsKey("ellipsis")) {
            return Expr.Singleton.ELLIPSIS;
        }
        if (m.containsKey("int")) {
            BigInteger b = new BigInteger(s(m, "int"));
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (m.containsKey("float")) {
            return pyFloat(s(m, "float"));
        }
        if (m.containsKey("complex")) {
            return new Expr.Imaginary(pyFloat(s(m, "complex")));
        }
        List<Object> bytes = (List<Object>) m.get("bytes");
        byte[] b = new byte[bytes.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (long) (Long) bytes.get(i);
        }
        return new Expr.Bytes(b);
    }

    private static double pyFloat(String r) {
        return switch (r) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(r);
        };
    }

    private static List<Comprehension> comps(Map<String, Object> m) {
        return each(m.get("generators"), g -> new Comprehension(expr(g.get("target")), expr(g.get("iter")),
                        exprs(g.get("ifs")), ((Long) g.get("is_async")) != 0));
    }

    private static Arguments arguments(Map<String, Object> m) {
        Map<String, Object> va = m.get("vararg") == null ? null : map(m.get("vararg"));
        Map<String, Object> kw = m.get("kwarg") == null ? null : map(m.get("kwarg"));
        return new Arguments(each(m.get("posonlyargs"), AstFromJson::arg), each(m.get("args"), AstFromJson::arg),
                        va == null ? null : arg(va), each(m.get("kwonlyargs"), AstFromJson::arg),
                        exprs(m.get("kw_defaults")), kw == null ? null : arg(kw), exprs(m.get("defaults")));
    }

    private static Arguments.Arg arg(Map<String, Object> m) {
        return new Arguments.Arg(span(m), s(m, "arg"), expr(m.get("annotation")), null);
    }

    private static Keyword keyword(Map<String, Object> m) {
        return new Keyword(span(m), s(m, "arg"), expr(m.get("value")));
    }

    private static Alias alias(Map<String, Object> m) {
        return new Alias(span(m), s(m, "name"), s(m, "asname"));
    }

    private static WithItem withItem(Map<String, Object> m) {
        return new WithItem(expr(m.get("context_expr")), expr(m.get("optional_vars")));
    }

    private static ExceptHandler handler(Map<String, Object> m) {
        return new ExceptHandler(span(m), expr(m.get("type")), s(m, "name"), stmts(m.get("body")));
    }

    private static TypeParam typeParam(Map<String, Object> m) {
        Span sp = span(m);
        return switch (s(m, "_")) {
            case "TypeVar" -> new TypeParam.TypeVar(sp, s(m, "name"), expr(m.get("bound")), expr(m.get("default_value")));
            case "ParamSpec" -> new TypeParam.ParamSpec(sp, s(m, "name"), expr(m.get("default_value")));
            default -> new TypeParam.TypeVarTuple(sp, s(m, "name"), expr(m.get("default_value")));
        };
    }

    private static MatchCase matchCase(Map<String, Object> m) {
        return new MatchCase(pattern(map(m.get("pattern"))), expr(m.get("guard")), stmts(m.get("body")));
    }

    private static List<Pattern> patterns(Object o) {
        return each(o, AstFromJson::pattern);
    }

    private static Pattern pattern(Map<String, Object> m) {
        Span sp = span(m);
        return switch (s(m, "_")) {
            case "MatchValue" -> new Pattern.MatchValue(sp, expr(m.get("value")));
            case "MatchSingleton" -> new Pattern.MatchSingleton(sp, constant(m.get("value")));
            case "MatchSequence" -> new Pattern.MatchSequence(sp, patterns(m.get("patterns")));
            case "MatchMapping" -> new Pattern.MatchMapping(sp, exprs(m.get("keys")), patterns(m.get("patterns")),
                            s(m, "rest"));
            case "MatchClass" -> new Pattern.MatchClass(sp, expr(m.get("cls")), patterns(m.get("patterns")),
                            strings(m.get("kwd_attrs")), patterns(m.get("kwd_patterns")));
            case "MatchStar" -> new Pattern.MatchStar(sp, s(m, "name"));
            case "MatchAs" -> new Pattern.MatchAs(sp, m.get("pattern") == null ? null : pattern(map(m.get("pattern"))),
                            s(m, "name"));
            default -> new Pattern.MatchOr(sp, patterns(m.get("patterns")));
        };
    }
}
