package taipan.runtime.math;

/**
 * erf and erfc as CPython computes them without a libm erf (Modules/mathmodule.c): a power series below 1.5 and a
 * continued fraction for erfc above, accurate to a few ulps; glibc's own erf may differ in the last bits.
 */
final class ErrorFunction {
    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final double SERIES_CUTOFF = 1.5;
    private static final int SERIES_TERMS = 25;
    private static final double CONTFRAC_CUTOFF = 30.0;
    private static final int CONTFRAC_TERMS = 50;

    private ErrorFunction() {
    }

    /** erf(x) for |x| < 1.5: x*exp(-x*x)/sqrt(pi) * sum of 4**k*k!/(2k)! * x**(2k-2). */
    private static double series(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = SERIES_TERMS + 0.5;
        for (int i = 0; i < SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Libm.exp(-x2) / SQRT_PI;
    }

    /** erfc(x) for x >= 1.5, evaluating the continued fraction forwards as convergents p/q. */
    private static double contfrac(double x) {
        if (x >= CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * expMinusSquare(x) / SQRT_PI;
    }

    /**
     * exp(-x*x) with the rounding error of x*x taken into account: for large x that error, magnified by exp, would
     * otherwise cost dozens of ulps of erfc.
     */
    private static double expMinusSquare(double x) {
        double hi = x * x;
        double lo = Math.fma(x, x, -hi);
        double e = Libm.exp(-hi);
        return e - e * lo;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < SERIES_CUTOFF) {
            return series(x);
        }
        double cf = contfrac(a);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < SERIES_CUTOFF) {
            return 1.0 - series(x);
        }
        double cf = contfrac(a);
        return x > 0.0 ? cf : 2.0 - cf;
    }
}
