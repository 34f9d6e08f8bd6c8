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
import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.DecText;
import taipan.runtime.decimal.PDecimal;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code Decimal}'s constructor and {@code from_float} (CPython's {@code PyDecType_FromObjectExact}). */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL)
public final class DecimalBuiltins {

    private DecimalBuiltins() {
    }

    /** The value of a constructor argument: exact, signalling only ConversionSyntax/FloatOperation to {@code ctx}. */
    @TruffleBoundary
    static Dec convertExact(Node node, Object value, PDecimalContext ctx) {
        Object v = value instanceof PBuiltinSubclassObject s ? s.getValue() : value;
        if (v == PNone.NO_VALUE) {
            return Dec.ZERO;
        }
        Dec d = DecimalSupport.operand(v);
        if (d != null) {
            return d;
        } else if (v instanceof TruffleString s) {
            return fromString(node, PyStrings.toJava(s), ctx);
        } else if (v instanceof Double f) {
            DecOp op = ctx.op();
            op.status |= DecConditions.FLOAT_OPERATION;
            DecimalSupport.check(node, ctx, op);
            return DecimalSupport.fromDouble(f);
        } else if (v instanceof PTuple t) {
            return fromTuple(node, t.getItems());
        } else if (v instanceof PList l) {
            return fromTuple(node, l.getStorage().toArray(DecimalSupport.language(node).threadingMode()));
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "conversion from %s to Decimal is not supported",
                        PythonErrors.typeName(node, value));
    }

    @TruffleBoundary
    static Dec fromString(Node node, String raw, PDecimalContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '_') {
                continue;
            }
            int digit = c >= 128 && Character.isDigit(c) ? Character.digit(c, 10) : -1;
            sb.append(digit >= 0 ? (char) ('0' + digit) : c);
        }
        Dec d = DecText.parse(sb.toString().strip());
        if (d == null) {
            DecOp op = ctx.op();
            d = op.invalid(DecConditions.CONVERSION_SYNTAX);
            DecimalSupport.check(node, ctx, op);
        }
        return d;
    }

    @TruffleBoundary
    static Dec fromTuple(Node node, Object[] items) {
        if (items.length != 3) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "argument must be a sequence of length 3");
        }
        if (!(items[0] instanceof Long || items[0] instanceof Boolean) || !(isBit(items[0]))) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "sign must be an integer with the value 0 or 1");
        }
        boolean sign = DecimalSupport.operand(items[0]).coeff.signum() != 0;
        Object e = items[2];
        int kind = Dec.FINITE;
        long exp = 0;
        if (e instanceof TruffleString es) {
            String s = PyStrings.toJava(es);
            kind = switch (s) {
                case "F" -> Dec.INF;
                case "n" -> Dec.NAN;
                case "N" -> Dec.SNAN;
                default -> throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                                "string argument in the third position must be 'F', 'n' or 'N'");
            };
        } else if (e instanceof Long l) {
            exp = l;
        } else {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "exponent must be an integer");
        }
        if (!(items[1] instanceof PTuple) && !(items[1] instanceof PList)) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "coefficient must be a tuple of digits");
        }
        Object[] digits = items[1] instanceof PTuple t ? t.getItems() : ((PList) items[1]).getStorage().toArray(DecimalSupport.language(node).threadingMode());
        StringBuilder sb = new StringBuilder("0");
        for (Object digit : digits) {
            if (!(digit instanceof Long l) || l < 0 || l > 9) {
                throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "coefficient must be a tuple of digits");
            }
            sb.append(l);
        }
        BigInteger coeff = new BigInteger(sb.toString());
        if (kind == Dec.INF) {
            return Dec.infinity(sign);
        }
        return new Dec(sign, coeff, kind == Dec.FINITE ? exp : 0, kind);
    }

    private static boolean isBit(Object o) {
        return o instanceof Boolean || (o instanceof Long l && (l == 0 || l == 1));
    }

    static PDecimal create(Node node, Object cls, Dec value) {
        PythonClass type = (PythonClass) cls;
        return new PDecimal(type.getInstanceShape(), value);
    }

    @Builtin(name = "Decimal", parameterNames = {"cls", "value", "context"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.DECIMAL)
    abstract static class DecimalNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object value, Object context) {
            if (value instanceof PDecimal d && ((PythonClass) cls).isBuiltin()
                            && ((PythonClass) cls).getBuiltinType() == BuiltinType.DECIMAL && isExactDecimal(d)) {
                return d;
            }
            PDecimalContext ctx = DecimalSupport.context(this, context);
            return create(this, cls, convertExact(this, value, ctx));
        }

        private boolean isExactDecimal(PDecimal d) {
            return taipan.runtime.object.PythonTypes.classOf(DecimalSupport.language(this), d).isBuiltin();
        }
    }

    @Builtin(name = "from_float", parameterNames = {"cls", "f"}, minNumOfPositionalArgs = 2, classMethod = true)
    abstract static class FromFloatNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doFrom(Object cls, Object f) {
            Object v = f instanceof PBuiltinSubclassObject s ? s.getValue() : f;
            Dec d;
            if (v instanceof Double x) {
                d = DecimalSupport.fromDouble(x);
            } else {
                d = DecimalSupport.operand(v);
                if (d == null || v instanceof PDecimal) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "argument must be int or float");
                }
            }
            PythonClass type = (PythonClass) cls;
            if (type.isBuiltin()) {
                return create(this, cls, d);
            }
            return taipan.runtime.object.UncachedCalls.call(cls, DecimalSupport.wrap(this, d));
        }
    }
}
