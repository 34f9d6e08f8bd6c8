package taipan.frontend.pyast;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.MatchCase;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;
import taipan.frontend.ast.WithItem;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.object.PEllipsis;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;

/**
 * The front end's AST as {@code _ast} objects ({@code compile(..., PyCF_ONLY_AST)}): one node per record, fields in
 * the schema's order, positions as CPython gives them. Statements and expressions are in {@link ToPythonNodes}.
 */
public final class ToPython {

    private final AstClasses ast;
    private final Node location;

    private ToPython(AstClasses ast, Node location) {
        this.ast = ast;
        this.location = location;
    }

    @TruffleBoundary
    public static Object convert(Node location, Mod mod) {
        return new ToPython(AstClasses.of(location), location).mod(mod);
    }

    private Object mod(Mod m) {
        return switch (m) {
            case Mod.Module x -> node("Module", null, x.body(), x.typeIgnores());
            case Mod.Interactive x -> node("Interactive", null, x.body());
            case Mod.Expression x -> node("Expression", null, x.body());
            case Mod.FunctionType x -> node("FunctionType", null, x.argtypes(), x.returns());
        };
    }

    /** A new instance of {@code _ast.<name>} with {@code values} as its fields in schema order. */
    Object node(String name, Span span, Object... values) {
        PythonObject o = new PythonObject(ast.get(name).getInstanceShape());
        List<AstSchema.Field> fields = AstSchema.get(name).fields();
        for (int i = 0; i < values.length; i++) {
            set(o, fields.get(i).name(), value(values[i]));
        }
        if (span != null) {
            set(o, "lineno", (long) span.lineno());
            set(o, "col_offset", (long) span.colOffset());
            set(o, "end_lineno", (long) span.endLineno());
            set(o, "end_col_offset", (long) span.endColOffset());
        }
        return o;
    }

    private void set(PythonObject o, String name, Object value) {
        ObjectAttributes.setInstanceAttribute(location, o, name, value);
    }

    private Object value(Object v) {
        return switch (v) {
            case null -> PNone.NONE;
            case List<?> l -> list(l);
            case Stmt s -> ToPythonNodes.stmt(this, s);
            case Expr e -> ToPythonNodes.expr(this, e);
            case Pattern p -> ToPythonNodes.pattern(this, p);
            case Enum<?> e -> ast.singleton(e.name());
            case String s -> PyStrings.of(s);
            case Integer i -> (long) i;
            case Long l -> l;
            case Constant c -> c.value;
            default -> other(v);
        };
    }

    private Object list(List<?> l) {
        Object[] items = new Object[l.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = value(l.get(i));
        }
        return new PList(items);
    }

    private Object other(Object v) {
        return switch (v) {
            case Mod.TypeIgnore t -> node("TypeIgnore", null, t.lineno(), t.tag());
            case Arguments a -> node("arguments", null, a.posonlyargs(), a.args(), a.vararg(), a.kwonlyargs(),
                            a.kwDefaults(), a.kwarg(), a.defaults());
            case Arguments.Arg a -> node("arg", a.span(), a.arg(), a.annotation(), a.typeComment());
            case Keyword k -> node("keyword", k.span(), k.arg(), k.value());
            case Alias a -> node("alias", a.span(), a.name(), a.asname());
            case WithItem w -> node("withitem", null, w.contextExpr(), w.optionalVars());
            case Comprehension c -> node("comprehension", null, c.target(), c.iter(), c.ifs(), c.isAsync() ? 1L : 0L);
            case ExceptHandler h -> node("ExceptHandler", h.span(), h.type(), h.name(), h.body());
            case MatchCase c -> node("match_case", null, c.pattern(), c.guard(), c.body());
            case TypeParam.TypeVar t -> node("TypeVar", t.span(), t.name(), t.bound(), t.defaultValue());
            case TypeParam.ParamSpec t -> node("ParamSpec", t.span(), t.name(), t.defaultValue());
            case TypeParam.TypeVarTuple t -> node("TypeVarTuple", t.span(), t.name(), t.defaultValue());
            default -> throw new IllegalArgumentException("no _ast class for " + v.getClass());
        };
    }

    /** A literal's value as the Python object it stands for (wrapped so that {@link #value} passes it through). */
    static Constant constant(Object value) {
        Object result = switch (value) {
            case Long l -> l;
            case BigInteger b -> b;
            case Double d -> d;
            case Boolean b -> b;
            case String s -> PyStrings.of(s);
            case Expr.Bytes b -> new PBytes(b.value());
            case Expr.Imaginary i -> new taipan.runtime.math.Complex(0.0, i.imag());
            case Expr.Singleton s -> s == Expr.Singleton.NONE ? PNone.NONE : PEllipsis.ELLIPSIS;
            default -> throw new IllegalArgumentException("no constant for " + value.getClass());
        };
        return new Constant(result);
    }

    /** A Python value passed through unchanged. */
    record Constant(Object value) {
    }
}
