package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecFormat;
import taipan.runtime.decimal.DecMisc;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.DecText;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.decimal.Rounding;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.math.Complex;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.StructSequences;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code Decimal}'s conversions (int, float, round, str, repr, format, as_tuple...) and reduction for pickle. */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL)
public final class DecimalValueBuiltins {

    private DecimalValueBuiltins() {
    }

    @TruffleBoundary
    static String str(Node node, Dec a) {
        return DecText.toString(a, false, DecimalSupport.current(node).capitals != 0);
    }

    /** The integer {@code a} rounds to by {@code mode}; ValueError/OverflowError for NaN/Infinity. */
    @TruffleBoundary
    static Object toInt(Node node, Dec a, int mode) {
        if (a.isNaN()) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "cannot convert NaN to integer");
        } else if (a.isInfinite()) {
            throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, "cannot convert Infinity to integer");
        }
        Dec r = DecOp.unbounded(Integer.MAX_VALUE / 4, mode).rescale(a, 0, mode);
        return DecimalSupport.toPythonInt(r.toBigIntegerTruncated());
    }

    @Builtin(name = "__bool__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean op(Object self) {
            return !DecimalOps.self(this, self).isZero();
        }
    }

    @Builtin(name = "__int__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IntNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return toInt(this, DecimalOps.self(this, self), Rounding.DOWN);
        }
    }

    @Builtin(name = "__trunc__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class TruncNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return toInt(this, DecimalOps.self(this, self), Rounding.DOWN);
        }
    }

    @Builtin(name = "__floor__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class FloorNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return toInt(this, DecimalOps.self(this, self), Rounding.FLOOR);
        }
    }

    @Builtin(name = "__ceil__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class CeilNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return toInt(this, DecimalOps.self(this, self), Rounding.CEILING);
        }
    }

    @Builtin(name = "__round__", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 1)
    abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self, Object n) {
            Dec a = DecimalOps.self(this, self);
            if (n == PNone.NO_VALUE || n == PNone.NONE) {
                return toInt(this, a, Rounding.HALF_EVEN);
            }
            long places = taipan.builtins.functions.NumberArgs.asLong(this, n);
            PDecimalContext ctx = DecimalSupport.current(this);
            DecOp op = ctx.op();
            Dec r = DecMisc.quantize(op, a, Dec.finite(false, BigInteger.ONE, -places), ctx.rounding);
            DecimalSupport.check(this, ctx, op);
            return DecimalSupport.wrap(this, r);
        }
    }

    @Builtin(name = "__float__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class FloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        double op(Object self) {
            Dec a = DecimalOps.self(this, self);
            if (a.kind == Dec.SNAN) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "cannot convert signaling NaN to float");
            } else if (a.isNaN()) {
                return a.sign ? -Double.NaN : Double.NaN;
            } else if (a.isInfinite()) {
                return a.sign ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (a.adjusted() > 400) {
                return a.sign ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else if (a.adjusted() < -400) {
                return a.sign ? -0.0 : 0.0;
            }
            return Double.parseDouble((a.sign ? "-" : "") + a.coeff + "E" + a.exp);
        }
    }

    @Builtin(name = "__complex__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ComplexNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self, @com.oracle.truffle.api.dsl.Cached FloatNode toFloat) {
            return new Complex((double) toFloat.execute(self), 0.0);
        }
    }

    @Builtin(name = "__str__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return PyStrings.of(str(this, DecimalOps.self(this, self)));
        }
    }

    @Builtin(name = "__repr__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self) {
            return PyStrings.of("Decimal('" + str(this, DecimalOps.self(this, self)) + "')");
        }
    }

    @Builtin(name = "to_eng_string", parameterNames = {"self", "context"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class EngNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self, Object context) {
            PDecimalContext ctx = DecimalSupport.context(this, context);
            return PyStrings.of(DecText.toString(DecimalOps.self(this, self), true, ctx.capitals != 0));
        }
    }

    @Builtin(name = "__format__", parameterNames = {"self", "spec", "override"}, minNumOfPositionalArgs = 2)
    abstract static class FormatNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self, Object spec, @SuppressWarnings("unused") Object override) {
            if (!(spec instanceof TruffleString s)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "format arg must be str");
            }
            PDecimalContext ctx = DecimalSupport.current(this);
            try {
                return PyStrings.of(DecFormat.format(DecimalOps.self(this, self), PyStrings.toJava(s), ctx.rounding,
                                ctx.capitals != 0));
            } catch (DecFormat.InvalidSpec e) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "invalid format string");
            }
        }
    }

    @Builtin(name = "__reduce__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self) {
            Object cls = PythonTypes.classOf(DecimalSupport.language(this), self);
            TruffleString s = PyStrings.of(DecText.toString(DecimalOps.self(this, self), false, true));
            return new PTuple(new Object[]{cls, new PTuple(new Object[]{s})});
        }
    }

    @Builtin(name = "__copy__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object op(Object self) {
            return self;
        }
    }

    @Builtin(name = "__deepcopy__", parameterNames = {"self", "memo"}, minNumOfPositionalArgs = 2)
    abstract static class DeepCopyNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, @SuppressWarnings("unused") Object memo) {
            return self;
        }
    }

    @Builtin(name = "as_tuple", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class AsTupleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            String digits = a.isInfinite() ? "0" : a.isNaN() && a.coeff.signum() == 0 ? "" : a.coeff.toString();
            Object[] items = new Object[digits.length()];
            for (int i = 0; i < items.length; i++) {
                items[i] = (long) (digits.charAt(i) - '0');
            }
            Object exp = switch (a.kind) {
                case Dec.INF -> PyStrings.of("F");
                case Dec.NAN -> PyStrings.of("n");
                case Dec.SNAN -> PyStrings.of("N");
                default -> a.exp;
            };
            return StructSequences.create("DecimalTuple", new String[]{"sign", "digits", "exponent"},
                            new Object[]{a.sign ? 1L : 0L, new PTuple(items), exp});
        }
    }

    @Builtin(name = "as_integer_ratio", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object op(Object self) {
            Dec a = DecimalOps.self(this, self);
            if (a.isNaN()) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "cannot convert NaN to integer ratio");
            } else if (a.isInfinite()) {
                throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            }
            BigInteger n = a.coeff;
            BigInteger d = BigInteger.ONE;
            if (a.exp >= 0) {
                n = n.multiply(taipan.runtime.decimal.Pow10.of(a.exp));
            } else {
                d = taipan.runtime.decimal.Pow10.of(-a.exp);
                BigInteger g = n.gcd(d);
                if (g.signum() != 0) {
                    n = n.divide(g);
                    d = d.divide(g);
                }
            }
            return new PTuple(new Object[]{DecimalSupport.toPythonInt(a.sign ? n.negate() : n), DecimalSupport.toPythonInt(d)});
        }
    }
}
