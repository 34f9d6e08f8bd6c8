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

    @Specialization(guards = {"isInteger(left)", "isInteger(right)"}, replaces = "doLong")
    Object doInteger(Object left, Object right) {
        if (IntMath.compare(right, 0L) >= 0) {
            return IntMath.pow(this, left, right);
        }
        return doFloat(left, right);
    }

    @Specialization(guards = {"isNumber(left)", "isNumber(right)"})
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

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
