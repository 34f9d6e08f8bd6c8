package taipan.runtime.math;

import static taipan.runtime.math.ComplexMath.LARGE_DOUBLE;
import static taipan.runtime.math.ComplexMath.LOG_LARGE_DOUBLE;
import static taipan.runtime.math.ComplexMath.SQRT_DBL_MIN;
import static taipan.runtime.math.ComplexMath.SQRT_LARGE_DOUBLE;
import static taipan.runtime.math.ComplexMath.hypot;
import static taipan.runtime.math.ComplexMath.isSpecial;
import static taipan.runtime.math.ComplexMath.sqrt;
import static taipan.runtime.math.ComplexMath.timesI;
import static taipan.runtime.math.ComplexMath.timesMinusI;
import static taipan.runtime.math.ComplexSpecialValues.lookup;

/**
 * cmath's trigonometric and hyperbolic functions and their inverses (Modules/cmathmodule.c): the circular ones are
 * derived from the hyperbolic ones through multiplication by i, exactly as CPython does, so that special values and
 * signs of zeros agree.
 */
public final class ComplexTrig {
    private static final double LN2 = 0.6931471805599453094;
    private static final double INF = Double.POSITIVE_INFINITY;

    private ComplexTrig() {
    }

    public static Complex acos(Complex z) {
        if (isSpecial(z)) {
            return lookup(ComplexSpecialValues.ACOS, z.real(), z.imag());
        }
        double re;
        double im;
        if (Math.abs(z.real()) > LARGE_DOUBLE || Math.abs(z.imag()) > LARGE_DOUBLE) {
            re = Libm.atan2(Math.abs(z.imag()), z.real());
            double l = Libm.log(hypot(z.real() / 2.0, z.imag() / 2.0)) + LN2 * 2.0;
            im = z.real() < 0.0 ? -Math.copySign(l, z.imag()) : Math.copySign(l, -z.imag());
        } else {
            Complex s1 = sqrt(new Complex(1.0 - z.real(), -z.imag()));
            Complex s2 = sqrt(new Complex(1.0 + z.real(), z.imag()));
            re = 2.0 * Libm.atan2(s1.real(), s2.real());
            im = InverseHyperbolic.asinh(s2.real() * s1.imag() - s2.imag() * s1.real());
        }
        return new Complex(re, im);
    }

    public static Complex acosh(Complex z) {
        if (isSpecial(z)) {
            return lookup(ComplexSpecialValues.ACOSH, z.real(), z.imag());
        }
        if (Math.abs(z.real()) > LARGE_DOUBLE || Math.abs(z.imag()) > LARGE_DOUBLE) {
            return new Complex(Libm.log(hypot(z.real() / 2.0, z.imag() / 2.0)) + LN2 * 2.0,
                            Libm.atan2(z.imag(), z.real()));
        }
        Complex s1 = sqrt(new Complex(z.real() - 1.0, z.imag()));
        Complex s2 = sqrt(new Complex(z.real() + 1.0, z.imag()));
        return new Complex(InverseHyperbolic.asinh(s1.real() * s2.real() + s1.imag() * s2.imag()),
                        2.0 * Libm.atan2(s1.imag(), s2.real()));
    }

    /** asin(z) = -i asinh(iz). */
    public static Complex asin(Complex z) {
        return timesMinusI(asinh(timesI(z)));
    }

    public static Complex asinh(Complex z) {
        if (isSpecial(z)) {
            return lookup(ComplexSpecialValues.ASINH, z.real(), z.imag());
        }
        if (Math.abs(z.real()) > LARGE_DOUBLE || Math.abs(z.imag()) > LARGE_DOUBLE) {
            double l = Libm.log(hypot(z.real() / 2.0, z.imag() / 2.0)) + LN2 * 2.0;
            double re = z.imag() >= 0.0 ? Math.copySign(l, z.real()) : -Math.copySign(l, -z.real());
            return new Complex(re, Libm.atan2(z.imag(), Math.abs(z.real())));
        }
        Complex s1 = sqrt(new Complex(1.0 + z.imag(), -z.real()));
        Complex s2 = sqrt(new Complex(1.0 - z.imag(), z.real()));
        return new Complex(InverseHyperbolic.asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
                        Libm.atan2(z.imag(), s1.real() * s2.real() - s1.imag() * s2.imag()));
    }

    /** atan(z) = -i atanh(iz). */
    public static Complex atan(Complex z) {
        return timesMinusI(atanh(timesI(z)));
    }

    public static Complex atanh(Complex z) {
        if (isSpecial(z)) {
            return lookup(ComplexSpecialValues.ATANH, z.real(), z.imag());
        }
        if (z.real() < 0.0) {
            Complex r = atanh(new Complex(-z.real(), -z.imag()));
            return new Complex(-r.real(), -r.imag());
        }
        double ay = Math.abs(z.imag());
        if (z.real() > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
            // For large |z|, atanh(z) ~ 1/z +- i*pi/2.
            double h = hypot(z.real() / 2.0, z.imag() / 2.0);
            return new Complex(z.real() / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -z.imag()));
        } else if (z.real() == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) {
                throw MathErrors.domain();
            }
            return new Complex(-Libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.0))),
                            Math.copySign(Libm.atan2(2.0, -ay) / 2, z.imag()));
        }
        double x = z.real();
        return new Complex(Libm.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                        -Libm.atan2(-2.0 * z.imag(), (1 - x) * (1 + x) - ay * ay) / 2.0);
    }

    /** cos(z) = cosh(iz). */
    public static Complex cos(Complex z) {
        return cosh(timesI(z));
    }

    public static Complex cosh(Complex z) {
        if (isSpecial(z)) {
            Complex r;
            if (Double.isInfinite(z.real()) && Double.isFinite(z.imag()) && z.imag() != 0.0) {
                double c = Math.copySign(INF, Libm.cos(z.imag()));
                double s = Math.copySign(INF, Libm.sin(z.imag()));
                r = z.real() > 0 ? new Complex(c, s) : new Complex(c, -s);
            } else {
                r = lookup(ComplexSpecialValues.COSH, z.real(), z.imag());
            }
            if (Double.isInfinite(z.imag()) && !Double.isNaN(z.real())) {
                throw MathErrors.domain();
            }
            return r;
        }
        if (Math.abs(z.real()) > LOG_LARGE_DOUBLE) {
            // cosh(x) may overflow while cosh(z) does not: scale by e once more at the end.
            double xm1 = z.real() - Math.copySign(1.0, z.real());
            return ComplexMath.overflowChecked(Libm.cos(z.imag()) * Libm.cosh(xm1) * Math.E,
                            Libm.sin(z.imag()) * Libm.sinh(xm1) * Math.E);
        }
        return ComplexMath.overflowChecked(Libm.cos(z.imag()) * Libm.cosh(z.real()),
                        Libm.sin(z.imag()) * Libm.sinh(z.real()));
    }

    /** sin(z) = -i sinh(iz). */
    public static Complex sin(Complex z) {
        return timesMinusI(sinh(timesI(z)));
    }

    public static Complex sinh(Complex z) {
        if (isSpecial(z)) {
            Complex r;
            if (Double.isInfinite(z.real()) && Double.isFinite(z.imag()) && z.imag() != 0.0) {
                double c = Math.copySign(INF, Libm.cos(z.imag()));
                double s = Math.copySign(INF, Libm.sin(z.imag()));
                r = z.real() > 0 ? new Complex(c, s) : new Complex(-c, s);
            } else {
                r = lookup(ComplexSpecialValues.SINH, z.real(), z.imag());
            }
            if (Double.isInfinite(z.imag()) && !Double.isNaN(z.real())) {
                throw MathErrors.domain();
            }
            return r;
        }
        if (Math.abs(z.real()) > LOG_LARGE_DOUBLE) {
            double xm1 = z.real() - Math.copySign(1.0, z.real());
            return ComplexMath.overflowChecked(Libm.cos(z.imag()) * Libm.sinh(xm1) * Math.E,
                            Libm.sin(z.imag()) * Libm.cosh(xm1) * Math.E);
        }
        return ComplexMath.overflowChecked(Libm.cos(z.imag()) * Libm.sinh(z.real()),
                        Libm.sin(z.imag()) * Libm.cosh(z.real()));
    }

    /** tan(z) = -i tanh(iz). */
    public static Complex tan(Complex z) {
        return timesMinusI(tanh(timesI(z)));
    }

    public static Complex tanh(Complex z) {
        if (isSpecial(z)) {
            Complex r;
            if (Double.isInfinite(z.real()) && Double.isFinite(z.imag()) && z.imag() != 0.0) {
                double im = Math.copySign(0.0, 2.0 * Libm.sin(z.imag()) * Libm.cos(z.imag()));
                r = new Complex(z.real() > 0 ? 1.0 : -1.0, im);
            } else {
                r = lookup(ComplexSpecialValues.TANH, z.real(), z.imag());
            }
            if (Double.isInfinite(z.imag()) && Double.isFinite(z.real())) {
                throw MathErrors.domain();
            }
            return r;
        }
        if (Math.abs(z.real()) > LOG_LARGE_DOUBLE) {
            return new Complex(Math.copySign(1.0, z.real()), 4.0 * Libm.sin(z.imag()) * Libm.cos(z.imag())
                            * Libm.exp(-2.0 * Math.abs(z.real())));
        }
        // 1 - tanh(x)**2 is computed as 1/cosh(x)**2 to avoid cancellation.
        double tx = Libm.tanh(z.real());
        double ty = Libm.tan(z.imag());
        double cx = 1.0 / Libm.cosh(z.real());
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new Complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }
}
