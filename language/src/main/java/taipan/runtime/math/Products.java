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
        Object total = 0L;
        long intTotal = 0;
        boolean intInUse = false;
        TripleLength flt = TripleLength.ZERO;
        boolean fltInUse = false;
        for (int i = 0; i < p.length; i++) {
            Object a = p[i];
            Object b = q[i];
            if (isSmallInt(a) && isSmallInt(b)) {
                try {
                    intTotal = Math.addExact(intTotal, Math.multiplyExact(asLong(a), asLong(b)));
                    intInUse = true;
                    continue;
                } catch (ArithmeticException overflow) {
                    // fall through to the general path for this term
                }
            }
            if (intInUse) {
                total = add(total, intTotal);
                intTotal = 0;
                intInUse = false;
            }
            if (isFloatPath(a, fltInUse) && isFloatPath(b, fltInUse) && (a instanceof Double || b instanceof Double)) {
                TripleLength next = flt.fma(asDouble(a), asDouble(b));
                if (Double.isFinite(next.hi())) {
                    flt = next;
                    fltInUse = true;
                    continue;
                }
            }
            if (fltInUse) {
                total = add(total, flt.toDouble());
                flt = TripleLength.ZERO;
                fltInUse = false;
            }
            total = add(total, mul(a, b));
        }
        if (intInUse) {
            total = add(total, intTotal);
        }
        if (fltInUse) {
            total = add(total, flt.toDouble());
        }
        return total;
    }

    private static boolean isSmallInt(Object v) {
        return v instanceof Long || v instanceof Boolean;
    }

    private static boolean isFloatPath(Object v, boolean fltInUse) {
        return v instanceof Double || (fltInUse && isSmallInt(v));
    }

    private static long asLong(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
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
