package taipan.runtime.math;

/**
 * The one-argument float functions of CPython's {@code math} module (Modules/mathmodule.c {@code math_1}): the libm
 * value, with a NaN from a non-NaN argument raising ValueError and an infinity from a finite one raising
 * OverflowError (functions that can overflow) or ValueError (poles).
 */
public final class Elementary {
    private Elementary() {
    }

    /** CPython's math_1 check: turns libm's special results into Python exceptions. */
    static double check(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw MathErrors.domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? MathErrors.range() : MathErrors.domain();
        }
        return r;
    }

    public static double sqrt(double x) {
        return check(x, Math.sqrt(x), false);
    }

    public static double exp(double x) {
        return check(x, Libm.exp(x), true);
    }

    public static double exp2(double x) {
        return check(x, Libm.pow(2.0, x), true);
    }

    public static double expm1(double x) {
        return check(x, Libm.expm1(x), true);
    }

    public static double sin(double x) {
        return check(x, Libm.sin(x), false);
    }

    public static double cos(double x) {
        return check(x, Libm.cos(x), false);
    }

    public static double tan(double x) {
        return check(x, Libm.tan(x), false);
    }

    public static double asin(double x) {
        return check(x, Libm.asin(x), false);
    }

    public static double acos(double x) {
        return check(x, Libm.acos(x), false);
    }

    public static double atan(double x) {
        return check(x, Libm.atan(x), false);
    }

    public static double sinh(double x) {
        return check(x, Libm.sinh(x), true);
    }

    public static double cosh(double x) {
        return check(x, Libm.cosh(x), true);
    }

    public static double tanh(double x) {
        return check(x, Libm.tanh(x), false);
    }

    public static double asinh(double x) {
        return check(x, InverseHyperbolic.asinh(x), false);
    }

    public static double acosh(double x) {
        return check(x, InverseHyperbolic.acosh(x), false);
    }

    public static double atanh(double x) {
        return check(x, InverseHyperbolic.atanh(x), false);
    }

    public static double cbrt(double x) {
        return Libm.cbrt(x);
    }

    public static double fabs(double x) {
        return Math.abs(x);
    }

    public static double degrees(double x) {
        return x * (180.0 / Math.PI);
    }

    public static double radians(double x) {
        return x * (Math.PI / 180.0);
    }

    /** math.atan2: C99's atan2 already follows Annex F for every special value. */
    public static double atan2(double y, double x) {
        return Libm.atan2(y, x);
    }

    /** math.erf; never raises (underflow is ignored, as CPython's is_error does). */
    public static double erf(double x) {
        return ErrorFunction.erf(x);
    }

    public static double erfc(double x) {
        return ErrorFunction.erfc(x);
    }

    public static double gamma(double x) {
        return Gamma.gamma(x);
    }

    public static double lgamma(double x) {
        return Gamma.lgamma(x);
    }
}
