package taipan.frontend.pyast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.strings.TruffleString;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Operators;
import taipan.frontend.ast.Span;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.math.Complex;
import taipan.runtime.object.PEllipsis;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;

/**
 * The value of an {@code ast.Constant} as the front end's literal. CPython accepts the constant types alone (its
 * {@code validate_constant}); a tuple becomes a tuple display of constants, which evaluates to the same tuple.
 */
final class PythonConstants {

    private PythonConstants() {
    }

    static Expr constant(FromPython p, Span s, Object value, String kind) {
        Object literal = literal(value);
        if (literal != null) {
            return new Expr.Constant(s, literal, kind);
        } else if (value instanceof PTuple t) {
            List<Expr> items = new ArrayList<>();
            for (Object item : t.getItems()) {
                items.add(constant(p, s, item, null));
            }
            return new Expr.Tuple(s, items, Operators.ExprContext.Load);
        } else if (value instanceof Complex c) {
            // 1+2j has no literal of its own: the sum of its parts is the same value
            return new Expr.BinOp(s, new Expr.Constant(s, c.real(), null), Operators.Operator.Add,
                            new Expr.Constant(s, new Expr.Imaginary(c.imag()), null));
        }
        throw p.typeError("got an invalid type in Constant: %s", p.classOf(value).getName());
    }

    private static Object literal(Object value) {
        if (value instanceof Long || value instanceof BigInteger || value instanceof Double || value instanceof Boolean) {
            return value;
        } else if (value instanceof TruffleString s) {
            return PyStrings.toJava(s);
        } else if (value instanceof PBytes b) {
            return new Expr.Bytes(java.util.Arrays.copyOf(b.array(), b.length()));
        } else if (value == PNone.NONE) {
            return Expr.Singleton.NONE;
        } else if (value == PEllipsis.ELLIPSIS) {
            return Expr.Singleton.ELLIPSIS;
        } else if (value instanceof Complex c && c.real() == 0.0 && 1 / c.real() > 0) {
            return new Expr.Imaginary(c.imag());
        }
        return null;
    }
}
