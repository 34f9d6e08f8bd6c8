package taipan.runtime.math;

/**
 * math.gamma and math.lgamma as CPython computes them (Modules/mathmodule.c m_tgamma/m_lgamma): the Lanczos
 * approximation with N=13, g=6.024680040776729583740234375 as a rational function, the reflection formula for
 * negative arguments, and CPython's errno rules (EDOM raises ValueError, overflow OverflowError).
 */
final class Gamma {
    private static final double PI = Math.PI;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double G = 6.024680040776729583740234375;
    private static final double G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** Coefficients of x*(x+1)*...*(x+11), lowest power first. */
    private static final double[] DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0};
    private static final int EXACT_FACTORIALS = 23;

    private Gamma() {
    }

    /** The Lanczos sum for x > 0; above 5 it is evaluated in 1/x, which avoids overflow and loses less. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), exact at integers and half-integers; x is finite. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r = switch (n) {
            case 0 -> Libm.sin(PI * y);
            case 1 -> Libm.cos(PI * (y - 0.5));
            case 2 -> Libm.sin(PI * (1.0 - y));
            case 3 -> -Libm.cos(PI * (y - 1.5));
            default -> Libm.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw MathErrors.domain();
        }
        if (x == 0.0) {
            throw MathErrors.domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw MathErrors.domain();
            }
            if (x <= EXACT_FACTORIALS) {
                return factorial((int) x - 1);
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return overflowCheck(1.0 / x);
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw MathErrors.range();
        }
        return overflowCheck(lanczosGamma(x, absx));
    }

    private static double lanczosGamma(double x, double absx) {
        double y = absx + G_MINUS_HALF;
        // z is the rounding error in y, which pow and exp would magnify; the correction r*(1 + z*g/y) undoes it.
        double z = absx > G_MINUS_HALF ? (y - absx) - G_MINUS_HALF : (y - G_MINUS_HALF) - absx;
        z = z * G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    private static double factorial(int n) {
        double f = 1.0;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    private static double overflowCheck(double r) {
        if (Double.isInfinite(r)) {
            throw MathErrors.range();
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathErrors.domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Libm.log(absx);
        }
        double r = Libm.log(lanczosSum(absx)) - G;
        r += (absx - 0.5) * (Libm.log(absx + G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
        }
        return overflowCheck(r);
    }
}
