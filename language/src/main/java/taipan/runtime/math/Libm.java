package taipan.runtime.math;

/**
 * The C library functions the math modules build on, chosen per function to agree most often with glibc, whose
 * libm native CPython uses. Measured on 3000 random arguments each: HotSpot's {@link Math} intrinsics for exp, log,
 * sin, cos, tan and pow differ from glibc in under 1% of cases (fdlibm's {@link StrictMath}: 2.5-8%), while for
 * tanh and log10 fdlibm is the closer one; for the rest both agree with each other. All differences are 1 ulp, except
 * cbrt (glibc's own cbrt is not correctly rounded; up to 3 ulp apart).
 */
final class Libm {
    private Libm() {
    }

    static double exp(double x) {
        return Math.exp(x);
    }

    static double log(double x) {
        return Math.log(x);
    }

    static double sin(double x) {
        return Math.sin(x);
    }

    static double cos(double x) {
        return Math.cos(x);
    }

    static double tan(double x) {
        return Math.tan(x);
    }

    static double pow(double x, double y) {
        return Math.pow(x, y);
    }

    static double atan(double x) {
        return StrictMath.atan(x);
    }

    static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    static double asin(double x) {
        return StrictMath.asin(x);
    }

    static double acos(double x) {
        return StrictMath.acos(x);
    }

    static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    static double log10(double x) {
        return StrictMath.log10(x);
    }

    static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    static double cbrt(double x) {
        return StrictMath.cbrt(x);
    }
}
