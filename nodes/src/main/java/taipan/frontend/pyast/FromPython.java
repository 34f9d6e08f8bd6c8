package taipan.frontend.pyast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code _ast} objects back to the front end's AST ({@code compile(tree, ...)}), with CPython's {@code obj2ast}
 * errors: a missing field is a TypeError, a wrong node kind "expected some sort of expr". The constructors are in
 * {@link FromPythonNodes}.
 */
public final class FromPython {

    final AstClasses ast;
    private final Node location;
    /** The last line any node reaches: the stand-in source needs as many. */
    private int lastLine = 1;

    /** A converted tree and the last line its nodes reach. */
    public record Converted(Mod mod, int lastLine) {
    }

    private FromPython(AstClasses ast, Node location) {
        this.ast = ast;
        this.location = location;
    }

    /** The tree {@code compile()} is given in {@code mode}; raises CPython's TypeError for the wrong top node. */
    @TruffleBoundary
    public static Converted convert(Node location, Object tree, String mode) {
        FromPython p = new FromPython(AstClasses.of(location), location);
        String expected = switch (mode) {
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            case "func_type" -> "FunctionType";
            default -> "Module";
        };
        PythonClass cls = p.classOf(tree);
        if (!p.ast.isSubclass(cls, expected)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "expected %s node, got %s", expected,
                            cls.getName());
        }
        Mod mod = switch (expected) {
            case "Expression" -> new Mod.Expression(p.expr(tree, "body", "Expression"));
            case "Interactive" -> new Mod.Interactive(p.stmts(tree, "body", "Interactive"));
            case "FunctionType" -> new Mod.FunctionType(p.exprs(tree, "argtypes", "FunctionType"),
                            p.expr(tree, "returns", "FunctionType"));
            default -> new Mod.Module(p.stmts(tree, "body", "Module"), List.of());
        };
        return new Converted(mod, p.lastLine);
    }

    /** Whether {@code value} is an instance of {@code _ast.AST}. */
    @TruffleBoundary
    public static boolean isAst(Node location, Object value) {
        return AstClasses.of(location).isSubclass(SpecialMethods.classOf(location, value), "AST");
    }

    PythonClass classOf(Object value) {
        return SpecialMethods.classOf(location, value);
    }

    RuntimeException typeError(String format, Object... args) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, format, args);
    }

    RuntimeException valueError(String format, Object... args) {
        return PythonErrors.raise(location, BuiltinType.VALUE_ERROR, format, args);
    }

    String repr(Object value) {
        return Repr.repr(value);
    }

    /** The attribute {@code name} of {@code node}, or null when it has none. */
    Object attr(Object node, String name) {
        return ObjectAttributes.lookupInstanceAttribute(location, node, classOf(node), name);
    }

    Object required(Object node, String field, String owner) {
        Object value = attr(node, field);
        if (value == null) {
            throw typeError("required field \"%s\" missing from %s", field, owner);
        }
        return value;
    }

    /** The schema name of the node {@code value} that must be a {@code sum} ({@code expr}): its constructor. */
    String kind(Object value, String sum) {
        PythonClass cls = classOf(value);
        AstSchema.NodeType type = ast.isSubclass(cls, sum) ? ast.schemaOf(cls) : null;
        if (type == null || type.isAbstract()) {
            throw typeError("expected some sort of %s, but got %s", sum, repr(value));
        }
        return type.name();
    }

    Span span(Object node, String owner) {
        int lineno = integer(required(node, "lineno", owner));
        int col = integer(required(node, "col_offset", owner));
        Object endLine = attr(node, "end_lineno");
        Object endCol = attr(node, "end_col_offset");
        Span span = new Span(lineno, col, endLine == null || endLine == PNone.NONE ? lineno : integer(endLine),
                        endCol == null || endCol == PNone.NONE ? col : integer(endCol));
        lastLine = Math.max(lastLine, Math.max(span.lineno(), span.endLineno()));
        return span;
    }

    int integer(Object value) {
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw valueError("invalid integer value: %s", repr(value));
    }

    int integer(Object node, String field, String owner) {
        return integer(required(node, field, owner));
    }

    String identifier(Object value) {
        if (!(value instanceof TruffleString s)) {
            throw typeError("AST identifier must be of type str");
        }
        return PyStrings.toJava(s);
    }

    String identifier(Object node, String field, String owner) {
        Object value = required(node, field, owner);
        if (value == PNone.NONE) {
            throw valueError("field '%s' is required for %s", field, owner);
        }
        return identifier(value);
    }

    /** An optional identifier or string ({@code identifier?}, {@code string?}). */
    String optionalIdentifier(Object node, String field) {
        Object value = attr(node, field);
        return value == null || value == PNone.NONE ? null : identifier(value);
    }

    Expr expr(Object node, String field, String owner) {
        Object value = required(node, field, owner);
        if (value == PNone.NONE) {
            throw valueError("field '%s' is required for %s", field, owner);
        }
        return FromPythonNodes.expr(this, value);
    }

    Expr optionalExpr(Object node, String field) {
        Object value = attr(node, field);
        return value == null || value == PNone.NONE ? null : FromPythonNodes.expr(this, value);
    }

    /** A list field ({@code expr*}...): each item converted by {@code item}; None items stay null. */
    <T> List<T> list(Object node, String field, String owner, Function<Object, T> item) {
        Object value = required(node, field, owner);
        if (!(value instanceof PList l)) {
            throw typeError("%s field \"%s\" must be a list, not a %s", owner, field,
                            PythonErrors.typeName(location, value));
        }
        Object[] items = l.getStorage().toArray(TaipanLanguage.get(location).threadingMode());
        List<T> result = new ArrayList<>(items.length);
        for (Object o : items) {
            result.add(o == PNone.NONE ? null : item.apply(o));
        }
        return result;
    }

    List<Expr> exprs(Object node, String field, String owner) {
        return list(node, field, owner, v -> FromPythonNodes.expr(this, v));
    }

    List<Stmt> stmts(Object node, String field, String owner) {
        return list(node, field, owner, v -> FromPythonNodes.stmt(this, v));
    }

    List<String> identifiers(Object node, String field, String owner) {
        return list(node, field, owner, this::identifier);
    }

    /** An operator or context field: the enum constant named as the node's class. */
    <E extends Enum<E>> E enumField(Object node, String field, String owner, String sum, Class<E> type) {
        Object value = required(node, field, owner);
        if (value == PNone.NONE) {
            throw valueError("field '%s' is required for %s", field, owner);
        }
        return Enum.valueOf(type, kind(value, sum));
    }
}
