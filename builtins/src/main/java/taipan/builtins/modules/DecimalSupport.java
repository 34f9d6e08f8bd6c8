package taipan.builtins.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.decimal.Dec;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.DecOp;
import taipan.runtime.decimal.PDecimal;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * What {@code _decimal}'s builtins share: the signal classes, the current context (one per Python thread, kept in
 * its {@code PythonThreadState}: Taipan has no {@code contextvars} yet, so {@code HAVE_CONTEXTVAR} is False), conversions of operands, and raising the
 * conditions a context traps (CPython's {@code dec_addstatus}).
 */
public final class DecimalSupport {
    /** Each language's signal and condition classes by name. */
    private static final Map<TaipanLanguage, Map<String, PythonClass>> CLASSES = new ConcurrentHashMap<>();
    /** Each language's DefaultContext, the template of every thread's first context. */
    private static final Map<TaipanLanguage, PDecimalContext> DEFAULTS = new ConcurrentHashMap<>();

    private DecimalSupport() {
    }

    static TaipanLanguage language(Node node) {
        return TaipanLanguage.get(node);
    }

    @TruffleBoundary
    static void install(TaipanLanguage language, Map<String, PythonClass> classes, PDecimalContext defaults) {
        CLASSES.put(language, classes);
        DEFAULTS.put(language, defaults);
    }

    @TruffleBoundary
    static PDecimalContext defaults(Node node) {
        return DEFAULTS.get(language(node));
    }

    @TruffleBoundary
    static PythonClass signalClass(Node node, String name) {
        return CLASSES.get(language(node)).get(name);
    }

    @TruffleBoundary
    static Map<String, PythonClass> signalClasses(Node node) {
        return CLASSES.get(language(node));
    }

    static PDecimal wrap(Node node, Dec value) {
        return new PDecimal(language(node).getBuiltinClass(BuiltinType.DECIMAL).getInstanceShape(), value);
    }

    static PDecimalContext newContext(Node node) {
        return new PDecimalContext(language(node).getBuiltinClass(BuiltinType.DECIMAL_CONTEXT).getInstanceShape());
    }

    /** The current thread's context: a copy of DefaultContext on first use. */
    @TruffleBoundary
    static PDecimalContext current(Node node) {
        PDecimalContext ctx = (PDecimalContext) language(node).threadState().getDecimalContext();
        if (ctx == null) {
            ctx = newContext(node);
            PDecimalContext template = DEFAULTS.get(language(node));
            if (template != null) {
                ctx.copyFrom(template);
                ctx.flags = 0;
            }
            language(node).threadState().setDecimalContext(ctx);
        }
        return ctx;
    }

    @TruffleBoundary
    static void setCurrent(Node node, PDecimalContext ctx) {
        language(node).threadState().setDecimalContext(ctx);
    }

    /** The {@code context} argument, or the current context when it is None or missing. */
    static PDecimalContext context(Node node, Object context) {
        if (context == PNone.NO_VALUE || context == PNone.NONE) {
            return current(node);
        }
        if (context instanceof PDecimalContext c) {
            return c;
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "optional argument must be a context");
    }

    /** Adds the operation's conditions to the context's flags and raises the first one it traps. */
    static void check(Node node, PDecimalContext ctx, DecOp op) {
        if (op.status != 0) {
            int trapped = ctx.addStatus(op.status);
            if (trapped != 0) {
                throw trap(node, trapped);
            }
        }
    }

    /** The exception of the first trapped signal (signal_map order), its args the list of trapped conditions. */
    @TruffleBoundary
    static PException trap(Node node, int trapped) {
        Map<String, PythonClass> classes = signalClasses(node);
        PythonClass raised = null;
        for (int i = 0; i < DecConditions.SIGNAL_BITS.length && raised == null; i++) {
            if ((trapped & DecConditions.SIGNAL_BITS[i]) != 0) {
                raised = classes.get(DecConditions.SIGNAL_NAMES[i]);
            }
        }
        java.util.List<Object> list = new java.util.ArrayList<>();
        for (int i = 0; i < DecConditions.CONDITION_BITS.length; i++) {
            if ((trapped & DecConditions.CONDITION_BITS[i]) != 0) {
                list.add(classes.get(DecConditions.CONDITION_NAMES[i]));
            }
        }
        for (int i = 1; i < DecConditions.SIGNAL_BITS.length; i++) {
            if ((trapped & DecConditions.SIGNAL_BITS[i]) != 0) {
                list.add(classes.get(DecConditions.SIGNAL_NAMES[i]));
            }
        }
        PList args = new PList(list.toArray());
        return new PException(new PBaseException(raised, new PTuple(new Object[]{args})), node);
    }

    /** An int operand as an exact decimal, a Decimal's value, or null for another type. */
    @TruffleBoundary
    static Dec operand(Object value) {
        Object v = value instanceof PBuiltinSubclassObject s ? s.getValue() : value;
        if (v instanceof PDecimal d) {
            return d.getValue();
        } else if (v instanceof Long l) {
            return Dec.finite(l < 0, BigInteger.valueOf(l).abs(), 0);
        } else if (v instanceof Boolean b) {
            return b ? Dec.ONE : Dec.ZERO;
        } else if (v instanceof BigInteger big) {
            return Dec.finite(big.signum() < 0, big.abs(), 0);
        }
        return null;
    }

    /** A float's exact decimal value. */
    @TruffleBoundary
    static Dec fromDouble(double d) {
        boolean sign = Math.copySign(1.0, d) < 0;
        if (Double.isNaN(d)) {
            return Dec.nan(sign, BigInteger.ZERO);
        } else if (Double.isInfinite(d)) {
            return Dec.infinity(sign);
        }
        BigDecimal exact = new BigDecimal(d);
        return Dec.finite(sign, exact.unscaledValue().abs(), -exact.scale());
    }

    /** A Fraction-like operand (numerator and denominator ints), as {numerator, denominator}, or null. */
    @TruffleBoundary
    static BigInteger[] rational(Node node, Object value) {
        PythonClass cls = PythonTypes.classOf(language(node), value);
        boolean rational = false;
        for (PythonClass c : cls.getMro()) {
            rational |= c.getName().equals("Rational") || c.getName().equals("Fraction");
        }
        if (!rational) {
            return null;
        }
        Object n = UncachedCalls.callSpecial(value, "__getattribute__", PyStrings.of("numerator"));
        Object d = UncachedCalls.callSpecial(value, "__getattribute__", PyStrings.of("denominator"));
        Dec nd = operand(n);
        Dec dd = operand(d);
        if (nd == null || dd == null) {
            return null;
        }
        return new BigInteger[]{nd.toBigIntegerTruncated(), dd.toBigIntegerTruncated()};
    }

    static Object toPythonInt(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    static TruffleString str(String s) {
        return PyStrings.of(s);
    }
}
