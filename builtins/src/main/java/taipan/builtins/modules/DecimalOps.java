package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.PDecimal;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.decimal.Rounding;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** Runs a decimal operation under a context: converts operands, adds the status, raises what is trapped. */
final class DecimalOps {

    interface Unary {
        Dec apply(DecOp op, Dec a);
    }

    interface Binary {
        Dec apply(DecOp op, Dec a, Dec b);
    }

    private DecimalOps() {
    }

    /** The receiver's value ({@code self} of a Decimal method). */
    static Dec self(Node node, Object self) {
        if (self instanceof PDecimal d) {
            return d.getValue();
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "descriptor requires a 'decimal.Decimal' object but received '%s'",
                        PythonErrors.typeName(node, self));
    }

    /** A method's operand: a Decimal or an int, else TypeError as CPython's {@code convert_op_raise}. */
    @TruffleBoundary
    static Dec operand(Node node, Object value) {
        Dec d = DecimalSupport.operand(value);
        if (d == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "conversion from %s to Decimal is not supported",
                            PythonErrors.typeName(node, value));
        }
        return d;
    }

    @TruffleBoundary
    static Object unary(Node node, Object self, Object context, Unary f) {
        PDecimalContext ctx = DecimalSupport.context(node, context);
        DecOp op = ctx.op();
        Dec r = f.apply(op, self(node, self));
        DecimalSupport.check(node, ctx, op);
        return DecimalSupport.wrap(node, r);
    }

    /** A method with a second operand (int or Decimal, else TypeError). */
    @TruffleBoundary
    static Object binary(Node node, Object self, Object other, Object context, Binary f) {
        PDecimalContext ctx = DecimalSupport.context(node, context);
        Dec b = operand(node, other);
        DecOp op = ctx.op();
        Dec r = f.apply(op, self(node, self), b);
        DecimalSupport.check(node, ctx, op);
        return DecimalSupport.wrap(node, r);
    }

    /** A binary dunder: NotImplemented for an operand that is neither Decimal nor int. */
    @TruffleBoundary
    static Object dunder(Node node, Object left, Object right, Binary f) {
        Dec a = DecimalSupport.operand(left);
        Dec b = DecimalSupport.operand(right);
        if (a == null || b == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        PDecimalContext ctx = DecimalSupport.current(node);
        DecOp op = ctx.op();
        Dec r = f.apply(op, a, b);
        DecimalSupport.check(node, ctx, op);
        return DecimalSupport.wrap(node, r);
    }

    /** A {@code rounding} argument: the context's mode when None or missing. */
    @TruffleBoundary
    static int rounding(Node node, Object rounding, PDecimalContext ctx) {
        if (rounding == PNone.NO_VALUE || rounding == PNone.NONE) {
            return ctx.rounding;
        }
        int mode = rounding instanceof com.oracle.truffle.api.strings.TruffleString s ? Rounding.of(PyStrings.toJava(s)) : -1;
        if (mode < 0) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "valid values for rounding are:\n"
                            + "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
        }
        return mode;
    }
}
