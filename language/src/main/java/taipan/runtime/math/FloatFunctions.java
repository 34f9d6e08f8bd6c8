package taipan.runtime.math;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.format.FormatError;

/**
 * The exact float functions of CPython's {@code math} module: rounding to int, decomposition (frexp, ldexp, modf),
 * fmod/remainder, fma, pow, nextafter, ulp, isclose — each bit-for-bit as Modules/mathmodule.c.
 */
public final class FloatFunctions {
    private static final double TWO_63 = 0x1p63;

    /** frexp's result {@code (m, e)}. */
    public record FrExp(double mantissa, int exponent) {
    }

    /** modf's result {@code (fractional, integral)}. */
    public record ModF(double fractional, double integral) {
    }

    private FloatFunctions() {
    }

    public static Object floor(double x) {
        return toInt(Math.floor(x));
    }

    public static Object ceil(double x) {
        return toInt(Math.ceil(x));
    }

    public static Object trunc(double x) {
        return toInt(x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    /** An integral double as a Python int: {@code long} when it fits, else {@link java.math.BigInteger}. */
    public static Object toInt(double integral) {
        if (Math.abs(integral) < TWO_63) {
            return (long) integral;
        }
        return bigInt(integral);
    }

    @TruffleBoundary
    private static Object bigInt(double integral) {
        if (Double.isNaN(integral)) {
            throw MathErrors.valueError("cannot convert float NaN to integer");
        } else if (Double.isInfinite(integral)) {
            throw MathErrors.overflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(integral).toBigIntegerExact();
    }

    public static FrExp frexp(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return new FrExp(x, 0);
        }
        int shift = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            // Subnormal: scale into the normal range first so getExponent sees the real exponent.
            x *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(x) + 1;
        return new FrExp(Math.scalb(x, -e), e - shift);
    }

    /** math.ldexp; {@code exp} is the Python int clamped to the {@code long} range. */
    public static double ldexp(double x, long exp) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        } else if (exp > Integer.MAX_VALUE) {
            throw MathErrors.range();
        } else if (exp < Integer.MIN_VALUE) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) {
            throw MathErrors.range();
        }
        return r;
    }

    public static ModF modf(double x) {
        if (Double.isInfinite(x)) {
            return new ModF(Math.copySign(0.0, x), x);
        } else if (Double.isNaN(x)) {
            return new ModF(x, x);
        }
        double integral = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new ModF(Math.copySign(x - integral, x), integral);
    }

    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        return nanCheck(x, y, x % y);
    }

    public static double remainder(double x, double y) {
        return nanCheck(x, y, Math.IEEEremainder(x, y));
    }

    private static double nanCheck(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathErrors.domain();
        }
        return r;
    }

    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    /** math.fma (3.13): correctly rounded x*y+z. */
    public static double fma(double x, double y, double z) {
        double r = Math.fma(x, y, z);
        if (Double.isFinite(r)) {
            return r;
        }
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                throw fmaError("ValueError", "invalid operation in fma");
            }
        } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
            throw fmaError("OverflowError", "overflow in fma");
        }
        return r;
    }

    @TruffleBoundary
    private static FormatError fmaError(String type, String message) {
        return new FormatError(type, message);
    }

    /** math.pow: C99 Annex F special values, ValueError for poles and negative bases, OverflowError on overflow. */
    public static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return powSpecial(x, y);
        }
        double r = Libm.pow(x, y);
        if (Double.isNaN(r) || (Double.isInfinite(r) && x == 0.0)) {
            throw MathErrors.domain();
        } else if (Double.isInfinite(r)) {
            throw MathErrors.range();
        }
        return r;
    }

    private static double powSpecial(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0.0 ? 1.0 : x;
        } else if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        } else if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0.0) {
                return oddY ? x : Math.abs(x);
            } else if (y == 0.0) {
                return 1.0;
            }
            return oddY ? Math.copySign(0.0, x) : 0.0;
        } else if (Math.abs(x) == 1.0) {
            return 1.0;
        } else if (y > 0.0 && Math.abs(x) > 1.0) {
            return y;
        } else if (y < 0.0 && Math.abs(x) < 1.0) {
            return -y;
        }
        return 0.0;
    }

    public static double nextafter(double x, double y) {
        return Math.nextAfter(x, y);
    }

    /**
     * math.nextafter with {@code steps} (3.12): {@code steps} is an unsigned 64-bit count (the caller clamps larger
     * Python ints to 2**64-1 and rejects negative ones with {@link #negativeSteps()}).
     */
    public static double nextafter(double x, double y, long steps) {
        if (steps == 0) {
            return x;
        } else if (Double.isNaN(x)) {
            return x;
        } else if (Double.isNaN(y)) {
            return y;
        }
        long ux = Double.doubleToRawLongBits(x);
        long uy = Double.doubleToRawLongBits(y);
        if (ux == uy) {
            return x;
        }
        long ax = ux & Long.MAX_VALUE;
        long ay = uy & Long.MAX_VALUE;
        if (((ux ^ uy) & Long.MIN_VALUE) != 0) {
            // Opposite signs: walk to zero, then on along y's side. ax + ay cannot overflow 64 unsigned bits.
            if (Long.compareUnsigned(ax + ay, steps) <= 0) {
                return y;
            } else if (Long.compareUnsigned(ax, steps) < 0) {
                return Double.longBitsToDouble((uy & Long.MIN_VALUE) | (steps - ax));
            }
            return Double.longBitsToDouble(ux - steps);
        } else if (Long.compareUnsigned(ax, ay) > 0) {
            return Long.compareUnsigned(ax - ay, steps) >= 0 ? Double.longBitsToDouble(ux - steps) : y;
        }
        return Long.compareUnsigned(ay - ax, steps) >= 0 ? Double.longBitsToDouble(ux + steps) : y;
    }

    /** A Python int exponent for {@link #ldexp}: clamped to the {@code long} range, as CPython clamps to C long. */
    public static long clampExponent(Object exp) {
        if (exp instanceof Long l) {
            return l;
        }
        return ((java.math.BigInteger) exp).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * A Python int step count for {@link #nextafter(double, double, long)} as unsigned 64 bits, saturating at
     * 2**64-1; negative counts raise ValueError.
     */
    public static long unsignedSteps(Object steps) {
        java.math.BigInteger b = steps instanceof Long l ? java.math.BigInteger.valueOf(l) : (java.math.BigInteger) steps;
        if (b.signum() < 0) {
            throw negativeSteps();
        }
        return b.bitLength() > 64 ? -1L : b.longValue();
    }

    public static FormatError negativeSteps() {
        return MathErrors.valueError("steps must be a non-negative integer");
    }

    public static double ulp(double x) {
        return Math.ulp(x);
    }

    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw MathErrors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        } else if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    public static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    public static boolean isnan(double x) {
        return Double.isNaN(x);
    }
}
