package taipan.runtime.math;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * math.log (with an optional base), log2, log10 and log1p. Int arguments follow CPython's loghelper: non-positive ints
 * raise ValueError, and ints beyond the float range are taken as {@code m * 2**e} so that their log is still finite.
 */
public final class Logarithms {
    private static final double LN2 = 0.6931471805599453;

    private Logarithms() {
    }

    public static double log(double x) {
        return Elementary.check(x, Libm.log(x), false);
    }

    public static double log10(double x) {
        return Elementary.check(x, Libm.log10(x), false);
    }

    public static double log2(double x) {
        return Elementary.check(x, log2Raw(x), false);
    }

    public static double log1p(double x) {
        return Elementary.check(x, Libm.log1p(x), false);
    }

    /** math.log(x, base) once both logs are known: a zero denominator is Python's float division error. */
    public static double divide(double num, double den) {
        if (den == 0.0) {
            throw MathErrors.zeroDivision();
        }
        return num / den;
    }

    public static double log(double x, double base) {
        return divide(log(x), log(base));
    }

    /** log of a Python int ({@code long} or {@link BigInteger}). */
    public static double log(Object n) {
        return n instanceof Long l ? Libm.log(positive(l)) : ofBigInt((BigInteger) n, Libm::log);
    }

    public static double log2(Object n) {
        return n instanceof Long l ? log2Raw(positive(l)) : ofBigInt((BigInteger) n, Logarithms::log2Raw);
    }

    public static double log10(Object n) {
        return n instanceof Long l ? Libm.log10(positive(l)) : ofBigInt((BigInteger) n, Libm::log10);
    }

    /** CPython's loghelper rejects non-positive ints before converting them. */
    private static double positive(long n) {
        if (n <= 0) {
            throw MathErrors.domain();
        }
        return n;
    }

    private static double log2Raw(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : x > 0.0 ? x : Double.NaN;
        }
        FloatFunctions.FrExp f = FloatFunctions.frexp(x);
        double m = f.mantissa();
        int e = f.exponent();
        if (m == 0.5) {
            return e - 1;
        }
        if (m < 0.7071067811865476) {
            m *= 2.0;
            e -= 1;
        }
        return e + Libm.log(m) / LN2;
    }

    @TruffleBoundary
    private static double ofBigInt(BigInteger b, DoubleUnaryOperator func) {
        if (b.signum() <= 0) {
            throw MathErrors.domain();
        }
        double x = b.doubleValue();
        if (Double.isFinite(x)) {
            return func.applyAsDouble(x);
        }
        long e = b.bitLength();
        double m = frexpMantissa(b);
        if (m == 1.0) {
            // Rounding carried into the next power of two; CPython's _PyLong_Frexp renormalises to 0.5.
            m = 0.5;
            e++;
        }
        return func.applyAsDouble(m) + func.applyAsDouble(2.0) * e;
    }

    /** The int's value divided by 2**bitLength, correctly rounded (it may round up to 1.0). */
    private static double frexpMantissa(BigInteger b) {
        int shift = b.bitLength() - 55;
        long top = b.shiftRight(shift).longValue();
        if (b.getLowestSetBit() < shift) {
            top |= 1; // sticky bit, so that the long to double conversion rounds as the full value would
        }
        return Math.scalb((double) top, -55);
    }
}
