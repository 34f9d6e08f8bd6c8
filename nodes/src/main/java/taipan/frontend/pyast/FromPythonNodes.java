package taipan.frontend.pyast;

import java.util.List;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.MatchCase;
import taipan.frontend.ast.Operators.BoolOp;
import taipan.frontend.ast.Operators.CmpOp;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Operators.UnaryOp;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;
import taipan.frontend.ast.WithItem;

/** The statements, expressions and their parts of {@link FromPython}: one line per ASDL constructor. */
final class FromPythonNodes {

    private FromPythonNodes() {
    }

    static Stmt stmt(FromPython p, Object o) {
        String n = p.kind(o, "stmt");
        Span s = p.span(o, "stmt");
        return switch (n) {
            case "FunctionDef", "AsyncFunctionDef" -> new Stmt.FunctionDef(s, p.identifier(o, "name", n),
                            arguments(p, p.required(o, "args", n), n), p.stmts(o, "body", n),
                            p.exprs(o, "decorator_list", n), p.optionalExpr(o, "returns"),
                            p.optionalIdentifier(o, "type_comment"), typeParams(p, o, n), n.startsWith("Async"));
            case "ClassDef" -> new Stmt.ClassDef(s, p.identifier(o, "name", n), p.exprs(o, "bases", n),
                            p.list(o, "keywords", n, v -> keyword(p, v)), p.stmts(o, "body", n),
                            p.exprs(o, "decorator_list", n), typeParams(p, o, n));
            case "Return" -> new Stmt.Return(s, p.optionalExpr(o, "value"));
            case "Delete" -> new Stmt.Delete(s, p.exprs(o, "targets", n));
            case "Assign" -> new Stmt.Assign(s, p.exprs(o, "targets", n), p.expr(o, "value", n),
                            p.optionalIdentifier(o, "type_comment"));
            case "TypeAlias" -> new Stmt.TypeAlias(s, p.expr(o, "name", n), typeParams(p, o, n), p.expr(o, "value", n));
            case "AugAssign" -> new Stmt.AugAssign(s, p.expr(o, "target", n),
                            p.enumField(o, "op", n, "operator", Operator.class), p.expr(o, "value", n));
            case "AnnAssign" -> new Stmt.AnnAssign(s, p.expr(o, "target", n), p.expr(o, "annotation", n),
                            p.optionalExpr(o, "value"), p.integer(o, "simple", n) != 0);
            case "For", "AsyncFor" -> new Stmt.For(s, p.expr(o, "target", n), p.expr(o, "iter", n), p.stmts(o, "body", n),
                            p.stmts(o, "orelse", n), p.optionalIdentifier(o, "type_comment"), n.startsWith("Async"));
            case "While" -> new Stmt.While(s, p.expr(o, "test", n), p.stmts(o, "body", n), p.stmts(o, "orelse", n));
            case "If" -> new Stmt.If(s, p.expr(o, "test", n), p.stmts(o, "body", n), p.stmts(o, "orelse", n));
            case "With", "AsyncWith" -> new Stmt.With(s, p.list(o, "items", n, v -> withItem(p, v)),
                            p.stmts(o, "body", n), p.optionalIdentifier(o, "type_comment"), n.startsWith("Async"));
            case "Match" -> new Stmt.Match(s, p.expr(o, "subject", n), p.list(o, "cases", n, v -> matchCase(p, v)));
            case "Raise" -> new Stmt.Raise(s, p.optionalExpr(o, "exc"), p.optionalExpr(o, "cause"));
            case "Try", "TryStar" -> new Stmt.Try(s, p.stmts(o, "body", n), p.list(o, "handlers", n, v -> handler(p, v)),
                            p.stmts(o, "orelse", n), p.stmts(o, "finalbody", n), n.equals("TryStar"));
            case "Assert" -> new Stmt.Assert(s, p.expr(o, "test", n), p.optionalExpr(o, "msg"));
            case "Import" -> new Stmt.Import(s, p.list(o, "names", n, v -> alias(p, v)));
            case "ImportFrom" -> new Stmt.ImportFrom(s, p.optionalIdentifier(o, "module"),
                            p.list(o, "names", n, v -> alias(p, v)), level(p, o));
            case "Global" -> new Stmt.Global(s, p.identifiers(o, "names", n));
            case "Nonlocal" -> new Stmt.Nonlocal(s, p.identifiers(o, "names", n));
            case "Expr" -> new Stmt.ExprStmt(s, p.expr(o, "value", n));
            case "Pass" -> new Stmt.Pass(s);
            case "Break" -> new Stmt.Break(s);
            case "Continue" -> new Stmt.Continue(s);
            default -> throw p.typeError("expected some sort of stmt, but got %s", p.repr(o));
        };
    }

    private static int level(FromPython p, Object o) {
        Object level = p.attr(o, "level");
        return level == null || level == taipan.runtime.object.PNone.NONE ? 0 : p.integer(level);
    }

    static Expr expr(FromPython p, Object o) {
        String n = p.kind(o, "expr");
        Span s = p.span(o, "expr");
        return switch (n) {
            case "BoolOp" -> new Expr.BoolOpExpr(s, p.enumField(o, "op", n, "boolop", BoolOp.class), p.exprs(o, "values", n));
            case "NamedExpr" -> new Expr.NamedExpr(s, p.expr(o, "target", n), p.expr(o, "value", n));
            case "BinOp" -> new Expr.BinOp(s, p.expr(o, "left", n), p.enumField(o, "op", n, "operator", Operator.class),
                            p.expr(o, "right", n));
            case "UnaryOp" -> new Expr.UnaryOpExpr(s, p.enumField(o, "op", n, "unaryop", UnaryOp.class),
                            p.expr(o, "operand", n));
            case "Lambda" -> new Expr.Lambda(s, arguments(p, p.required(o, "args", n), n), p.expr(o, "body", n));
            case "IfExp" -> new Expr.IfExp(s, p.expr(o, "test", n), p.expr(o, "body", n), p.expr(o, "orelse", n));
            case "Dict" -> new Expr.Dict(s, p.exprs(o, "keys", n), p.exprs(o, "values", n));
            case "Set" -> new Expr.SetExpr(s, p.exprs(o, "elts", n));
            case "ListComp" -> new Expr.ListComp(s, p.expr(o, "elt", n), generators(p, o, n));
            case "SetComp" -> new Expr.SetComp(s, p.expr(o, "elt", n), generators(p, o, n));
            case "DictComp" -> new Expr.DictComp(s, p.expr(o, "key", n), p.expr(o, "value", n), generators(p, o, n));
            case "GeneratorExp" -> new Expr.GeneratorExp(s, p.expr(o, "elt", n), generators(p, o, n));
            case "Await" -> new Expr.Await(s, p.expr(o, "value", n));
            case "Yield" -> new Expr.Yield(s, p.optionalExpr(o, "value"));
            case "YieldFrom" -> new Expr.YieldFrom(s, p.expr(o, "value", n));
            case "Compare" -> new Expr.Compare(s, p.expr(o, "left", n),
                            p.list(o, "ops", n, v -> CmpOp.valueOf(p.kind(v, "cmpop"))), p.exprs(o, "comparators", n));
            case "Call" -> new Expr.Call(s, p.expr(o, "func", n), p.exprs(o, "args", n),
                            p.list(o, "keywords", n, v -> keyword(p, v)));
            case "FormattedValue" -> new Expr.FormattedValue(s, p.expr(o, "value", n), p.integer(o, "conversion", n),
                            p.optionalExpr(o, "format_spec"));
            case "JoinedStr" -> new Expr.JoinedStr(s, p.exprs(o, "values", n));
            case "Constant" -> PythonConstants.constant(p, s, p.required(o, "value", n), p.optionalIdentifier(o, "kind"));
            case "Attribute" -> new Expr.Attribute(s, p.expr(o, "value", n), p.identifier(o, "attr", n), ctx(p, o, n));
            case "Subscript" -> new Expr.Subscript(s, p.expr(o, "value", n), p.expr(o, "slice", n), ctx(p, o, n));
            case "Starred" -> new Expr.Starred(s, p.expr(o, "value", n), ctx(p, o, n));
            case "Name" -> new Expr.Name(s, p.identifier(o, "id", n), ctx(p, o, n));
            case "List" -> new Expr.ListExpr(s, p.exprs(o, "elts", n), ctx(p, o, n));
            case "Tuple" -> new Expr.Tuple(s, p.exprs(o, "elts", n), ctx(p, o, n));
            case "Slice" -> new Expr.Slice(s, p.optionalExpr(o, "lower"), p.optionalExpr(o, "upper"),
                            p.optionalExpr(o, "step"));
            default -> throw p.typeError("expected some sort of expr, but got %s", p.repr(o));
        };
    }

    private static ExprContext ctx(FromPython p, Object o, String n) {
        return p.enumField(o, "ctx", n, "expr_context", ExprContext.class);
    }

    private static List<Comprehension> generators(FromPython p, Object o, String n) {
        return p.list(o, "generators", n, v -> new Comprehension(p.expr(v, "target", "comprehension"),
                        p.expr(v, "iter", "comprehension"), p.exprs(v, "ifs", "comprehension"),
                        p.integer(v, "is_async", "comprehension") != 0));
    }

    static Arguments arguments(FromPython p, Object o, String owner) {
        String n = "arguments";
        if (!p.ast.isSubclass(p.classOf(o), n)) {
            throw p.typeError("expected some sort of arguments, but got %s", p.repr(o));
        }
        return new Arguments(p.list(o, "posonlyargs", n, v -> arg(p, v)), p.list(o, "args", n, v -> arg(p, v)),
                        optionalArg(p, p.attr(o, "vararg")), p.list(o, "kwonlyargs", n, v -> arg(p, v)),
                        p.exprs(o, "kw_defaults", n), optionalArg(p, p.attr(o, "kwarg")), p.exprs(o, "defaults", n));
    }

    private static Arguments.Arg optionalArg(FromPython p, Object value) {
        return value == null || value == taipan.runtime.object.PNone.NONE ? null : arg(p, value);
    }

    private static Arguments.Arg arg(FromPython p, Object o) {
        checkKind(p, o, "arg");
        return new Arguments.Arg(p.span(o, "arg"), p.identifier(o, "arg", "arg"), p.optionalExpr(o, "annotation"),
                        p.optionalIdentifier(o, "type_comment"));
    }

    private static Keyword keyword(FromPython p, Object o) {
        checkKind(p, o, "keyword");
        return new Keyword(p.span(o, "keyword"), p.optionalIdentifier(o, "arg"), p.expr(o, "value", "keyword"));
    }

    private static Alias alias(FromPython p, Object o) {
        checkKind(p, o, "alias");
        return new Alias(p.span(o, "alias"), p.identifier(o, "name", "alias"), p.optionalIdentifier(o, "asname"));
    }

    private static WithItem withItem(FromPython p, Object o) {
        checkKind(p, o, "withitem");
        return new WithItem(p.expr(o, "context_expr", "withitem"), p.optionalExpr(o, "optional_vars"));
    }

    private static ExceptHandler handler(FromPython p, Object o) {
        p.kind(o, "excepthandler");
        return new ExceptHandler(p.span(o, "excepthandler"), p.optionalExpr(o, "type"),
                        p.optionalIdentifier(o, "name"), p.stmts(o, "body", "ExceptHandler"));
    }

    private static MatchCase matchCase(FromPython p, Object o) {
        checkKind(p, o, "match_case");
        return new MatchCase(FromPythonPatterns.pattern(p, p.required(o, "pattern", "match_case")),
                        p.optionalExpr(o, "guard"), p.stmts(o, "body", "match_case"));
    }

    private static List<TypeParam> typeParams(FromPython p, Object o, String n) {
        return p.list(o, "type_params", n, v -> FromPythonPatterns.typeParam(p, v));
    }

    private static void checkKind(FromPython p, Object o, String product) {
        if (!p.ast.isSubclass(p.classOf(o), product)) {
            throw p.typeError("expected some sort of %s, but got %s", product, p.repr(o));
        }
    }
}
