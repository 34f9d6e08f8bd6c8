package taipan.frontend.pyast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.13's {@code Parser/Python.asdl}, declared once as data: the {@code _ast} module builds its classes from
 * it, and both AST converters take their field order from it.
 */
public final class AstSchema {

    /** One field: its name, its ASDL type ({@code expr}, {@code identifier}...), and {@code ?}/{@code *} or none. */
    public record Field(String name, String type, char qualifier) {
        public boolean isList() {
            return qualifier == '*';
        }

        public boolean isOptional() {
            return qualifier == '?';
        }
    }

    /**
     * One class of {@code _ast}: {@code base} is its abstract sum type ({@code expr}) or {@code AST}; abstract sum
     * types have no fields but carry the {@code attributes} their constructors share.
     */
    public record NodeType(String name, String base, List<Field> fields, List<Field> attributes, boolean isAbstract) {
    }

    private static final String POS = "attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)";
    private static final String POS_REQUIRED = "attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)";

    /** The ASDL, one definition per entry; a sum type's constructors are separated by {@code |}. */
    private static final String[] ASDL = {
        "mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body)"
                        + " | FunctionType(expr* argtypes, expr returns)",
        "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns,"
                        + " string? type_comment, type_param* type_params)"
                        + " | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list,"
                        + " expr? returns, string? type_comment, type_param* type_params)"
                        + " | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body,"
                        + " expr* decorator_list, type_param* type_params)"
                        + " | Return(expr? value) | Delete(expr* targets)"
                        + " | Assign(expr* targets, expr value, string? type_comment)"
                        + " | TypeAlias(expr name, type_param* type_params, expr value)"
                        + " | AugAssign(expr target, operator op, expr value)"
                        + " | AnnAssign(expr target, expr annotation, expr? value, int simple)"
                        + " | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
                        + " | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
                        + " | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)"
                        + " | With(withitem* items, stmt* body, string? type_comment)"
                        + " | AsyncWith(withitem* items, stmt* body, string? type_comment)"
                        + " | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)"
                        + " | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
                        + " | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
                        + " | Assert(expr test, expr? msg) | Import(alias* names)"
                        + " | ImportFrom(identifier? module, alias* names, int? level)"
                        + " | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value)"
                        + " | Pass | Break | Continue " + POS,
        "expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value)"
                        + " | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand)"
                        + " | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)"
                        + " | Dict(expr* keys, expr* values) | Set(expr* elts)"
                        + " | ListComp(expr elt, comprehension* generators)"
                        + " | SetComp(expr elt, comprehension* generators)"
                        + " | DictComp(expr key, expr value, comprehension* generators)"
                        + " | GeneratorExp(expr elt, comprehension* generators)"
                        + " | Await(expr value) | Yield(expr? value) | YieldFrom(expr value)"
                        + " | Compare(expr left, cmpop* ops, expr* comparators)"
                        + " | Call(expr func, expr* args, keyword* keywords)"
                        + " | FormattedValue(expr value, int conversion, expr? format_spec)"
                        + " | JoinedStr(expr* values) | Constant(constant value, string? kind)"
                        + " | Attribute(expr value, identifier attr, expr_context ctx)"
                        + " | Subscript(expr value, expr slice, expr_context ctx)"
                        + " | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx)"
                        + " | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx)"
                        + " | Slice(expr? lower, expr? upper, expr? step) " + POS,
        "expr_context = Load | Store | Del",
        "boolop = And | Or",
        "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd"
                        + " | FloorDiv",
        "unaryop = Invert | Not | UAdd | USub",
        "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn",
        "comprehension = (expr target, expr iter, expr* ifs, int is_async)",
        "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) " + POS,
        "arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg,"
                        + " expr* defaults)",
        "arg = (identifier arg, expr? annotation, string? type_comment) " + POS,
        "keyword = (identifier? arg, expr value) " + POS,
        "alias = (identifier name, identifier? asname) " + POS,
        "withitem = (expr context_expr, expr? optional_vars)",
        "match_case = (pattern pattern, expr? guard, stmt* body)",
        "pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns)"
                        + " | MatchMapping(expr* keys, pattern* patterns, identifier? rest)"
                        + " | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)"
                        + " | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name)"
                        + " | MatchOr(pattern* patterns) " + POS_REQUIRED,
        "type_ignore = TypeIgnore(int lineno, string tag)",
        "type_param = TypeVar(identifier name, expr? bound, expr? default_value)"
                        + " | ParamSpec(identifier name, expr? default_value)"
                        + " | TypeVarTuple(identifier name, expr? default_value) " + POS_REQUIRED,
    };

    /** Every class in definition order (a base before its subclasses), by name. */
    private static final Map<String, NodeType> TYPES = parseAll();

    private AstSchema() {
    }

    public static Map<String, NodeType> types() {
        return TYPES;
    }

    public static NodeType get(String name) {
        return TYPES.get(name);
    }

    /** Whether {@code type} names a sum type whose constructors all lack fields (operators, contexts). */
    public static boolean isSimpleSum(String type) {
        return switch (type) {
            case "expr_context", "boolop", "operator", "unaryop", "cmpop" -> true;
            default -> false;
        };
    }

    private static Map<String, NodeType> parseAll() {
        Map<String, NodeType> types = new LinkedHashMap<>();
        for (String definition : ASDL) {
            int eq = definition.indexOf('=');
            String name = definition.substring(0, eq).trim();
            String rest = definition.substring(eq + 1).trim();
            List<Field> attributes = List.of();
            int at = rest.indexOf("attributes (");
            if (at >= 0) {
                attributes = fields(rest.substring(at + "attributes (".length(), rest.length() - 1));
                rest = rest.substring(0, at).trim();
            }
            if (rest.startsWith("(")) {
                types.put(name, new NodeType(name, "AST", fields(rest.substring(1, rest.length() - 1)), attributes, false));
                continue;
            }
            types.put(name, new NodeType(name, "AST", List.of(), attributes, true));
            for (String constructor : rest.split("\\|")) {
                String c = constructor.trim();
                int paren = c.indexOf('(');
                String cname = paren < 0 ? c : c.substring(0, paren);
                List<Field> fields = paren < 0 ? List.of() : fields(c.substring(paren + 1, c.length() - 1));
                types.put(cname, new NodeType(cname, name, fields, attributes, false));
            }
        }
        return types;
    }

    private static List<Field> fields(String text) {
        List<Field> fields = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] words = part.trim().split(" ");
            String type = words[0];
            char qualifier = 0;
            if (type.endsWith("?") || type.endsWith("*")) {
                qualifier = type.charAt(type.length() - 1);
                type = type.substring(0, type.length() - 1);
            }
            fields.add(new Field(words[1], type, qualifier));
        }
        return List.copyOf(fields);
    }
}
