package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;
import taipan.runtime.type.BuiltinType;

/** {@code a ** b} (two-argument {@code pow}): CPython's {@code PyNumber_Power}. */
public abstract class PyNumberPowerNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "**";
    }

    @Specialization(guards = "right >= 0", rewriteOn = ArithmeticException.class)
    static long doLong(long left, long right) {
        long result = 1;
        long base = left;
        long exp = right;
        while (exp > 0) {
            if ((exp & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            exp >>= 1;
            if (exp > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    @Specialization(replaces = "doLong")
    Object doLongOverflow(long left, long right) {
        if (right < 0) {
            return doFloat(left, right);
        }
        try {
            return doLong(left, right);
        } catch (ArithmeticException e) {
            return IntMath.pow(this, left, right);
        }
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    Object doInteger(Object left, Object right) {
        if (IntMath.compare(right, 0L) >= 0) {
            return IntMath.pow(this, left, right);
        }
        return doFloat(left, right);
    }

    /** A positive float base: C's pow without the sign and zero cases (CPython's float_pow). */
    @Specialization(guards = "isPositive(left)")
    double doPositiveDouble(double left, double right) {
        if (left == 1.0) {
            return 1.0; // C's pow(1, y) is 1 even for a NaN or infinite y; Java's Math.pow is not
        }
        double result = Math.pow(left, right);
        if (Double.isInfinite(result) && Double.isFinite(left) && Double.isFinite(right)) {
            throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, ErrorMessages.NUMERICAL_RESULT_OUT_OF_RANGE);
        }
        return result;
    }

    /** {@code x ** n} with a positive float base and an int exponent (raytrace's {@code spec ** shininess}). */
    @Specialization(guards = "isPositive(left)")
    double doPositiveDoubleLong(double left, long right) {
        return doPositiveDouble(left, right);
    }

    @Specialization(guards = "isFloatMix(left, right)")
    Object doFloat(Object left, Object right) {
        double l = Numbers.toDouble(this, left);
        double r = Numbers.toDouble(this, right);
        if (l == 0 && r < 0) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.ZERO_TO_NEGATIVE_POWER);
        }
        if (l < 0 && r != Math.rint(r) && Double.isFinite(r)) {
            // a negative base to a fractional power is complex (CPython's float_pow delegates to complex)
            return ComplexOps.pow(this, new Complex(l, 0.0), new Complex(r, 0.0));
        }
        if (l == 1.0 || (l == -1.0 && Double.isInfinite(r))) {
            return 1.0; // C's pow: 1**y and (-1)**inf are 1; Java's Math.pow gives NaN
        }
        double result = Math.pow(l, r);
        if (Double.isInfinite(result) && Double.isFinite(l) && Double.isFinite(r)) {
            throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, ErrorMessages.NUMERICAL_RESULT_OUT_OF_RANGE);
        }
        return result;
    }

    @Specialization(guards = "isComplexPair(left, right)")
    Object doComplex(Object left, Object right) {
        Complex a = ComplexOps.toComplex(this, left);
        Complex b = ComplexOps.toComplex(this, right);
        return ComplexOps.pow(this, a, b);
    }

    @Override
    protected String getErrorSymbol() {
        return "** or pow()"; // CPython's wording for both the operator and the built-in
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }

    static boolean isPositive(double value) {
        return value > 0.0;
    }
}
