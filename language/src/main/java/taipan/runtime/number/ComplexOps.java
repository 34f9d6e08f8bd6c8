package taipan.runtime.number;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.math.Complex;
import taipan.runtime.type.BuiltinType;

/** {@code complex} arithmetic as CPython's {@code Objects/complexobject.c} does it ({@code _Py_c_*}). */
public final class ComplexOps {

    private ComplexOps() {
    }

    /** Python's {@code complex} operand check: int, float, bool or complex. */
    public static boolean isComplexOperand(Object value) {
        return value instanceof Complex || value instanceof Double || value instanceof Long || value instanceof Boolean
                        || value instanceof BigInteger;
    }

    /** One side of a mixed operation where the other is complex (CPython 3.13 converts both to complex). */
    public static Complex toComplex(Node location, Object value) {
        if (value instanceof Complex c) {
            return c;
        }
        return new Complex(Numbers.toDouble(location, value), 0.0);
    }

    public static Complex add(Complex a, Complex b) {
        return new Complex(a.real() + b.real(), a.imag() + b.imag());
    }

    public static Complex sub(Complex a, Complex b) {
        return new Complex(a.real() - b.real(), a.imag() - b.imag());
    }

    public static Complex mul(Complex a, Complex b) {
        return new Complex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    public static Complex neg(Complex a) {
        return new Complex(-a.real(), -a.imag());
    }

    /** {@code _Py_c_quot}: Smith's algorithm; the divisor is not zero. */
    public static Complex div(Complex a, Complex b) {
        double absReal = Math.abs(b.real());
        double absImag = Math.abs(b.imag());
        if (absReal >= absImag) {
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absImag >= absReal) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new Complex(Double.NaN, Double.NaN); // at least one of the divisor's parts is NaN
    }

    public static Complex divChecked(Node location, Complex a, Complex b) {
        if (b.real() == 0.0 && b.imag() == 0.0) {
            throw PythonErrors.raise(location, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.COMPLEX_DIVISION_BY_ZERO);
        }
        return div(a, b);
    }

    /** {@code complex_pow}: small integral exponents by repeated squaring, others through polar form. */
    @TruffleBoundary
    public static Complex pow(Node location, Complex a, Complex b) {
        Complex result;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            if (a.real() == 0.0 && a.imag() == 0.0 && b.real() < 0) {
                throw zeroPower(location);
            }
            long n = (long) b.real();
            result = n > 0 ? powUnsigned(a, n) : div(new Complex(1.0, 0.0), powUnsigned(a, -n));
        } else {
            result = powGeneral(location, a, b);
        }
        if (Double.isInfinite(result.real()) || Double.isInfinite(result.imag())) {
            if (Double.isFinite(a.real()) && Double.isFinite(a.imag()) && Double.isFinite(b.real())
                            && Double.isFinite(b.imag())) {
                throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, ErrorMessages.COMPLEX_EXPONENTIATION);
            }
        }
        return result;
    }

    private static Complex powUnsigned(Complex x, long n) {
        Complex r = new Complex(1.0, 0.0);
        Complex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            p = mul(p, p);
        }
        return r;
    }

    private static Complex powGeneral(Node location, Complex a, Complex b) {
        if (b.real() == 0.0 && b.imag() == 0.0) {
            return new Complex(1.0, 0.0);
        } else if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) {
                throw zeroPower(location);
            }
            return new Complex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real(), a.imag());
        double len = Math.pow(vabs, b.real());
        double at = Math.atan2(a.imag(), a.real());
        double phase = at * b.real();
        if (b.imag() != 0.0) {
            len /= Math.exp(at * b.imag());
            phase += b.imag() * Math.log(vabs);
        }
        return new Complex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static RuntimeException zeroPower(Node location) {
        return PythonErrors.raise(location, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.ZERO_TO_COMPLEX_POWER);
    }

    /** {@code abs(z)}: {@code hypot}, OverflowError when a finite number's magnitude is not. */
    public static double abs(Node location, Complex z) {
        double r = Math.hypot(z.real(), z.imag());
        if (Double.isInfinite(r) && Double.isFinite(z.real()) && Double.isFinite(z.imag())) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, ErrorMessages.ABSOLUTE_VALUE_TOO_LARGE);
        }
        return r;
    }

    /** {@code z == other} for an int, float or complex {@code other} (CPython's {@code complex_richcompare}). */
    @TruffleBoundary
    public static boolean equal(Complex z, Object other) {
        if (other instanceof Complex c) {
            return z.real() == c.real() && z.imag() == c.imag();
        } else if (z.imag() != 0.0) {
            return false;
        } else if (other instanceof Double d) {
            return z.real() == d;
        }
        double re = z.real();
        if (!Double.isFinite(re) || re != Math.rint(re)) {
            return false;
        }
        return new java.math.BigDecimal(re).toBigIntegerExact().equals(IntMath.big(other));
    }
}
