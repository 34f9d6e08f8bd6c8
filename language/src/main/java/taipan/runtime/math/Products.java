package taipan.runtime.math;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.format.FormatError;
import taipan.runtime.number.IntMath;

/**
 * math.prod and math.sumprod over Python numbers ({@code long}, {@link BigInteger}, {@code Boolean}, {@code Double}).
 * sumprod keeps CPython's fast paths (Modules/mathmodule.c math_sumprod_impl): exact {@code long} accumulation, and for
 * floats a triple-length accumulator that rounds only once at the end; anything else is plain Python arithmetic.
 */
public final class Products {
    private Products() {
    }

    /** math.prod(values, start=start): a left fold of Python multiplication. */
    @TruffleBoundary
    public static Object prod(Object[] values, Object start) {
        Object result = start;
        for (Object v : values) {
            result = mul(result, v);
        }
        return result;
    }

    /** math.sumprod(p, q). */
    @TruffleBoundary
    public static Object sumprod(Object[] p, Object[] q) {
        if (p.length != q.length) {
            throw MathErrors.valueError("Inputs are not the same length");
        }
        SumProd acc = new SumProd();
        for (int i = 0; i < p.length; i++) {
            acc.add(p[i], q[i]);
        }
        return acc.result();
    }

    /**
     * The running state of sumprod: the generic total plus CPython's two fast paths. Each path is abandoned for good
     * at its first unsuitable pair (its partial sum is then added to the total), exactly as CPython does, since the
     * order of roundings decides the result.
     */
    private static final class SumProd {
        private Object total = 0L;
        private long intTotal;
        private boolean intEnabled = true;
        private boolean intInUse;
        private TripleLength flt = TripleLength.ZERO;
        private boolean fltEnabled = true;
        private boolean fltInUse;

        void add(Object a, Object b) {
            if (intEnabled) {
                if (a instanceof Long x && b instanceof Long y) {
                    try {
                        intTotal = Math.addExact(intTotal, Math.multiplyExact(x, y));
                        intInUse = true;
                        return;
                    } catch (ArithmeticException overflow) {
                        // the int path ends here
                    }
                }
                intEnabled = false;
                if (intInUse) {
                    total = Products.add(total, intTotal);
                }
            }
            if (fltEnabled) {
                if (floatPair(a, b)) {
                    TripleLength next = flt.fma(asDouble(a), asDouble(b));
                    if (Double.isFinite(next.hi())) {
                        flt = next;
                        fltInUse = true;
                        return;
                    }
                }
                fltEnabled = false;
                if (fltInUse) {
                    total = Products.add(total, flt.toDouble());
                }
            }
            total = Products.add(total, mul(a, b));
        }

        /** float*float, or float*int either way round with the int convertible to float. */
        private static boolean floatPair(Object a, Object b) {
            if (a instanceof Double) {
                return b instanceof Double || isInt(b) && convertible(b);
            }
            return b instanceof Double && isInt(a) && convertible(a);
        }

        Object result() {
            if (intEnabled && intInUse) {
                total = Products.add(total, intTotal);
            }
            if (fltEnabled && fltInUse) {
                total = Products.add(total, flt.toDouble());
            }
            return total;
        }
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger;
    }

    /** A float, or an int whose float conversion does not overflow. */
    private static boolean convertible(Object v) {
        return v instanceof Double || v instanceof Long || v instanceof Boolean || Double.isFinite(IntMath.toDouble(v));
    }

    private static double asDouble(Object v) {
        return v instanceof Double d ? d : toDouble(v);
    }

    private static double toDouble(Object v) {
        double d = IntMath.toDouble(v instanceof Boolean b ? (b ? 1L : 0L) : v);
        if (Double.isInfinite(d)) {
            throw new FormatError("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    /** Python {@code a + b} on numbers. */
    static Object add(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            return asDouble(a) + asDouble(b);
        }
        return IntMath.add(a, b);
    }

    /** Python {@code a * b} on numbers. */
    static Object mul(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            return asDouble(a) * asDouble(b);
        }
        return IntMath.mul(a, b);
    }
}
