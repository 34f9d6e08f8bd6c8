package taipan.runtime.math;

import static taipan.runtime.math.ComplexSpecialValues.lookup;

/**
 * The functions of CPython's {@code cmath} module (Modules/cmathmodule.c) on {@link Complex} values: C99 Annex G
 * special values for infinite and NaN parts, CPython's overflow-avoiding formulas for large arguments, and its errno
 * rules (ValueError "math domain error", OverflowError "math range error").
 */
public final class ComplexMath {
    static final double LARGE_DOUBLE = Double.MAX_VALUE / 4.0;
    static final double SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
    static final double LOG_LARGE_DOUBLE = Libm.log(LARGE_DOUBLE);
    static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;
    /** 2**SCALE_UP turns a subnormal into a normal; SCALE_DOWN is -(SCALE_UP+1)/2. */
    private static final int SCALE_UP = 53;
    private static final int SCALE_DOWN = -27;

    public static final Complex INFJ = new Complex(0.0, Double.POSITIVE_INFINITY);
    public static final Complex NANJ = new Complex(0.0, Double.NaN);

    private ComplexMath() {
    }

    static boolean isSpecial(Complex z) {
        return !Double.isFinite(z.real()) || !Double.isFinite(z.imag());
    }

    static double hypot(double x, double y) {
        return VectorNorm.hypot(x, y);
    }

    public static Complex sqrt(Complex z) {
        if (isSpecial(z)) {
            return lookup(ComplexSpecialValues.SQRT, z.real(), z.imag());
        }
        if (z.real() == 0.0 && z.imag() == 0.0) {
            return new Complex(0.0, z.imag());
        }
        double ax = Math.abs(z.real());
        double ay = Math.abs(z.imag());
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot of subnormals is itself imprecise: scale both into the normal range first.
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        if (z.real() >= 0.0) {
            return new Complex(s, Math.copySign(d, z.imag()));
        }
        return new Complex(d, Math.copySign(s, z.imag()));
    }

    /** c_log: the natural logarithm; log(0) raises ValueError. */
    public static Complex log(Complex z) {
        if (isSpecial(z)) {
            return lookup(ComplexSpecialValues.LOG, z.real(), z.imag());
        }
        double ax = Math.abs(z.real());
        double ay = Math.abs(z.imag());
        double re;
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            re = Libm.log(hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0.0 && ay == 0.0) {
                throw MathErrors.domain();
            }
            re = Libm.log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // Near |z| = 1 log(h) loses everything; log1p of |z|**2 - 1 computed exactly-ish does not.
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = Libm.log(h);
            }
        }
        return new Complex(re, Libm.atan2(z.imag(), z.real()));
    }

    /**
     * cmath.log(z, base): log(z) / log(base). As in CPython, only log(base) and the division can raise: the error flag
     * of log(0) is reset by the base's log, so log(0, b) is -inf with a NaN imaginary part.
     */
    public static Complex log(Complex z, Complex base) {
        Complex num = z.real() == 0.0 && z.imag() == 0.0
                        ? new Complex(Double.NEGATIVE_INFINITY, Libm.atan2(z.imag(), z.real()))
                        : log(z);
        return quotient(num, log(base));
    }

    public static Complex log10(Complex z) {
        Complex r = log(z);
        return new Complex(r.real() / LN10, r.imag() / LN10);
    }

    /** _Py_c_quot: Smith's division; division by zero is a domain error. */
    static Complex quotient(Complex a, Complex b) {
        double absBr = Math.abs(b.real());
        double absBi = Math.abs(b.imag());
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw MathErrors.domain();
            }
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new Complex(Double.NaN, Double.NaN);
    }

    public static Complex exp(Complex z) {
        if (isSpecial(z)) {
            Complex r;
            if (Double.isInfinite(z.real()) && Double.isFinite(z.imag()) && z.imag() != 0.0) {
                double c = Libm.cos(z.imag());
                double s = Libm.sin(z.imag());
                r = z.real() > 0 ? new Complex(Math.copySign(Double.POSITIVE_INFINITY, c),
                                Math.copySign(Double.POSITIVE_INFINITY, s))
                                : new Complex(Math.copySign(0.0, c), Math.copySign(0.0, s));
            } else {
                r = lookup(ComplexSpecialValues.EXP, z.real(), z.imag());
            }
            if (Double.isInfinite(z.imag()) && (Double.isFinite(z.real()) || z.real() == Double.POSITIVE_INFINITY)) {
                throw MathErrors.domain();
            }
            return r;
        }
        double re;
        double im;
        if (z.real() > LOG_LARGE_DOUBLE) {
            double l = Libm.exp(z.real() - 1.0);
            re = l * Libm.cos(z.imag()) * Math.E;
            im = l * Libm.sin(z.imag()) * Math.E;
        } else {
            double l = Libm.exp(z.real());
            re = l * Libm.cos(z.imag());
            im = l * Libm.sin(z.imag());
        }
        return overflowChecked(re, im);
    }

    static Complex overflowChecked(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            throw MathErrors.range();
        }
        return new Complex(re, im);
    }

    /**
     * cmath.phase: the argument, with C99's atan2 special values. glibc's atan2 sets ERANGE when a nonzero angle
     * underflows to zero, and CPython reports that as OverflowError.
     */
    public static double phase(Complex z) {
        double phi = Libm.atan2(z.imag(), z.real());
        if (phi == 0.0 && z.imag() != 0.0 && Double.isFinite(z.imag()) && Double.isFinite(z.real())) {
            throw MathErrors.range();
        }
        return phi;
    }

    /** abs(z) as _Py_c_abs: infinite if a part is infinite (even with a NaN), OverflowError if it overflows. */
    public static double abs(Complex z) {
        if (Double.isInfinite(z.real()) || Double.isInfinite(z.imag())) {
            return Double.POSITIVE_INFINITY;
        } else if (Double.isNaN(z.real()) || Double.isNaN(z.imag())) {
            return Double.NaN;
        }
        double r = hypot(z.real(), z.imag());
        if (Double.isInfinite(r)) {
            throw MathErrors.range();
        }
        return r;
    }

    /** cmath.polar: {@code (abs(z), phase(z))}. */
    public static double[] polar(Complex z) {
        // Unlike phase, polar's underflow flag is cleared by the abs computation that follows.
        double phi = Libm.atan2(z.imag(), z.real());
        return new double[] {abs(z), phi};
    }

    public static Complex rect(double r, double phi) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            Complex z;
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
                double c = Math.copySign(Double.POSITIVE_INFINITY, Libm.cos(phi));
                double s = Math.copySign(Double.POSITIVE_INFINITY, Libm.sin(phi));
                z = r > 0 ? new Complex(c, s) : new Complex(-c, -s);
            } else {
                z = lookup(ComplexSpecialValues.RECT, r, phi);
            }
            if (r != 0.0 && !Double.isNaN(r) && Double.isInfinite(phi)) {
                throw MathErrors.domain();
            }
            return z;
        } else if (phi == 0.0) {
            return new Complex(r, r * phi);
        }
        return new Complex(r * Libm.cos(phi), r * Libm.sin(phi));
    }

    public static boolean isfinite(Complex z) {
        return Double.isFinite(z.real()) && Double.isFinite(z.imag());
    }

    public static boolean isnan(Complex z) {
        return Double.isNaN(z.real()) || Double.isNaN(z.imag());
    }

    public static boolean isinf(Complex z) {
        return Double.isInfinite(z.real()) || Double.isInfinite(z.imag());
    }

    public static boolean isclose(Complex a, Complex b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw MathErrors.valueError("tolerances must be non-negative");
        }
        if (a.real() == b.real() && a.imag() == b.imag()) {
            return true;
        } else if (isinf(a) || isinf(b)) {
            return false;
        }
        double diff = abs(new Complex(a.real() - b.real(), a.imag() - b.imag()));
        return diff <= relTol * abs(b) || diff <= relTol * abs(a) || diff <= absTol;
    }

    /** i*z as (-imag, real), and its inverse, used to derive the trigonometric functions from hyperbolic ones. */
    static Complex timesI(Complex z) {
        return new Complex(-z.imag(), z.real());
    }

    static Complex timesMinusI(Complex z) {
        return new Complex(z.imag(), -z.real());
    }
}
