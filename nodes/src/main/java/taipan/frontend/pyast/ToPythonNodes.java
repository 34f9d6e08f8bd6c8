package taipan.frontend.pyast;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Expr.*;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Pattern.*;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.Stmt.*;

/** The statements, expressions and patterns of {@link ToPython}: one line per ASDL constructor. */
final class ToPythonNodes {

    private ToPythonNodes() {
    }

    static Object stmt(ToPython p, Stmt s) {
        return switch (s) {
            case FunctionDef x -> p.node(x.isAsync() ? "AsyncFunctionDef" : "FunctionDef", x.span(), x.name(), x.args(),
                            x.body(), x.decoratorList(), x.returns(), x.typeComment(), x.typeParams());
            case ClassDef x -> p.node("ClassDef", x.span(), x.name(), x.bases(), x.keywords(), x.body(),
                            x.decoratorList(), x.typeParams());
            case Return x -> p.node("Return", x.span(), x.value());
            case Delete x -> p.node("Delete", x.span(), x.targets());
            case Assign x -> p.node("Assign", x.span(), x.targets(), x.value(), x.typeComment());
            case TypeAlias x -> p.node("TypeAlias", x.span(), x.name(), x.typeParams(), x.value());
            case AugAssign x -> p.node("AugAssign", x.span(), x.target(), x.op(), x.value());
            case AnnAssign x -> p.node("AnnAssign", x.span(), x.target(), x.annotation(), x.value(), x.simple() ? 1L : 0L);
            case For x -> p.node(x.isAsync() ? "AsyncFor" : "For", x.span(), x.target(), x.iter(), x.body(), x.orelse(),
                            x.typeComment());
            case While x -> p.node("While", x.span(), x.test(), x.body(), x.orelse());
            case If x -> p.node("If", x.span(), x.test(), x.body(), x.orelse());
            case With x -> p.node(x.isAsync() ? "AsyncWith" : "With", x.span(), x.items(), x.body(), x.typeComment());
            case Match x -> p.node("Match", x.span(), x.subject(), x.cases());
            case Raise x -> p.node("Raise", x.span(), x.exc(), x.cause());
            case Try x -> p.node(x.isStar() ? "TryStar" : "Try", x.span(), x.body(), x.handlers(), x.orelse(),
                            x.finalbody());
            case Assert x -> p.node("Assert", x.span(), x.test(), x.msg());
            case Import x -> p.node("Import", x.span(), x.names());
            case ImportFrom x -> p.node("ImportFrom", x.span(), x.module(), x.names(), x.level());
            case Global x -> p.node("Global", x.span(), x.names());
            case Nonlocal x -> p.node("Nonlocal", x.span(), x.names());
            case ExprStmt x -> p.node("Expr", x.span(), x.value());
            case Pass x -> p.node("Pass", x.span());
            case Break x -> p.node("Break", x.span());
            case Continue x -> p.node("Continue", x.span());
        };
    }

    static Object expr(ToPython p, Expr e) {
        return switch (e) {
            case BoolOpExpr x -> p.node("BoolOp", x.span(), x.op(), x.values());
            case NamedExpr x -> p.node("NamedExpr", x.span(), x.target(), x.value());
            case BinOp x -> p.node("BinOp", x.span(), x.left(), x.op(), x.right());
            case UnaryOpExpr x -> p.node("UnaryOp", x.span(), x.op(), x.operand());
            case Lambda x -> p.node("Lambda", x.span(), x.args(), x.body());
            case IfExp x -> p.node("IfExp", x.span(), x.test(), x.body(), x.orelse());
            case Dict x -> p.node("Dict", x.span(), x.keys(), x.values());
            case SetExpr x -> p.node("Set", x.span(), x.elts());
            case ListComp x -> p.node("ListComp", x.span(), x.elt(), x.generators());
            case SetComp x -> p.node("SetComp", x.span(), x.elt(), x.generators());
            case DictComp x -> p.node("DictComp", x.span(), x.key(), x.value(), x.generators());
            case GeneratorExp x -> p.node("GeneratorExp", x.span(), x.elt(), x.generators());
            case Await x -> p.node("Await", x.span(), x.value());
            case Yield x -> p.node("Yield", x.span(), x.value());
            case YieldFrom x -> p.node("YieldFrom", x.span(), x.value());
            case Compare x -> p.node("Compare", x.span(), x.left(), x.ops(), x.comparators());
            case Call x -> p.node("Call", x.span(), x.func(), x.args(), x.keywords());
            case FormattedValue x -> p.node("FormattedValue", x.span(), x.value(), x.conversion(), x.formatSpec());
            case JoinedStr x -> p.node("JoinedStr", x.span(), x.values());
            case Constant x -> p.node("Constant", x.span(), ToPython.constant(x.value()), x.kind());
            case Attribute x -> p.node("Attribute", x.span(), x.value(), x.attr(), x.ctx());
            case Subscript x -> p.node("Subscript", x.span(), x.value(), x.slice(), x.ctx());
            case Starred x -> p.node("Starred", x.span(), x.value(), x.ctx());
            case Name x -> p.node("Name", x.span(), x.id(), x.ctx());
            case ListExpr x -> p.node("List", x.span(), x.elts(), x.ctx());
            case Tuple x -> p.node("Tuple", x.span(), x.elts(), x.ctx());
            case Slice x -> p.node("Slice", x.span(), x.lower(), x.upper(), x.step());
        };
    }

    static Object pattern(ToPython p, Pattern pattern) {
        return switch (pattern) {
            case MatchValue x -> p.node("MatchValue", x.span(), x.value());
            case MatchSingleton x -> p.node("MatchSingleton", x.span(), ToPython.constant(x.value()));
            case MatchSequence x -> p.node("MatchSequence", x.span(), x.patterns());
            case MatchMapping x -> p.node("MatchMapping", x.span(), x.keys(), x.patterns(), x.rest());
            case MatchClass x -> p.node("MatchClass", x.span(), x.cls(), x.patterns(), x.kwdAttrs(), x.kwdPatterns());
            case MatchStar x -> p.node("MatchStar", x.span(), x.name());
            case MatchAs x -> p.node("MatchAs", x.span(), x.pattern(), x.name());
            case MatchOr x -> p.node("MatchOr", x.span(), x.patterns());
        };
    }
}
