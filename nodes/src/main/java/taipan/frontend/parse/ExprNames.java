package taipan.frontend.parse;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Expr.*;

/** CPython's {@code _PyPegen_get_expr_name}: how error messages name an expression. */
final class ExprNames {

    private ExprNames() {
    }

    static String of(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case ListExpr l -> "list";
            case Tuple t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOpExpr b -> "expression";
            case BinOp b -> "expression";
            case UnaryOpExpr u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case SetExpr s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Constant c -> constantName(c.value());
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }

    private static String constantName(Object v) {
        if (v == Singleton.NONE) {
            return "None";
        }
        if (v == Singleton.ELLIPSIS) {
            return "ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return "literal";
    }
}
