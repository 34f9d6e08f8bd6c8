package taipan.runtime.math;

/**
 * asinh, acosh and atanh, which Java lacks, by the same argument reductions as glibc's (fdlibm-derived) ones, so that
 * results agree with CPython on Linux up to the accuracy of log/log1p.
 */
final class InverseHyperbolic {
    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double TWO_28 = 0x1p28;
    private static final double TWO_M28 = 0x1p-28;

    private InverseHyperbolic() {
    }

    static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double t = Math.abs(x);
        double w;
        if (t < TWO_M28) {
            return x;
        } else if (t > TWO_28) {
            w = Libm.log(t) + LN2;
        } else if (t > 2.0) {
            w = Libm.log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else {
            double t2 = x * x;
            w = Libm.log1p(t + t2 / (1.0 + Math.sqrt(1.0 + t2)));
        }
        return x > 0 ? w : -w;
    }

    static double acosh(double x) {
        if (x < 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        } else if (x >= TWO_28) {
            return Double.isInfinite(x) ? x : Libm.log(x) + LN2;
        } else if (x == 1.0) {
            return 0.0;
        } else if (x > 2.0) {
            return Libm.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Libm.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        } else if (a == 1.0) {
            return x / 0.0;
        } else if (a < TWO_M28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Libm.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * Libm.log1p((a + a) / (1.0 - a));
        }
        return x >= 0 ? t : -t;
    }
}
