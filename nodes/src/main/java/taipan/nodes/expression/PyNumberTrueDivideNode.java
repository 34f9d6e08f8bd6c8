package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.type.BuiltinType;

/** {@code a / b}: CPython's {@code PyNumber_TrueDivide}. */
public abstract class PyNumberTrueDivideNode extends BinaryOpNode {

    /** Integers up to 2**53 convert to double exactly, so their quotient is correctly rounded. */
    private static final long EXACT_LIMIT = 1L << 53;

    @Override
    public final String getSymbol() {
        return "/";
    }

    @Specialization(guards = {"right != 0", "isExact(left)", "isExact(right)"})
    static double doLong(long left, long right) {
        return (double) left / (double) right;
    }

    @Specialization
    Object doDouble(double left, double right) {
        if (right == 0) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.FLOAT_DIVISION_BY_ZERO);
        }
        return left / right;
    }

    /** A float by an int (spectral_norm's {@code 1.0 / (...)}): the int converts as CPython's PyLong_AsDouble. */
    @Specialization
    Object doDoubleLong(double left, long right) {
        return doDouble(left, right);
    }

    @Specialization
    Object doLongDouble(long left, double right) {
        return doDouble(left, right);
    }

    @Specialization(guards = {"isNumber(left)", "isNumber(right)"},
                    replaces = {"doLong", "doDouble", "doDoubleLong", "doLongDouble"})
    Object doNumber(Object left, Object right) {
        if (left instanceof Long l && right instanceof Long r && r != 0 && isExact(l) && isExact(r)) {
            return (double) l / (double) r;
        } else if (isInteger(left) && isInteger(right)) {
            if (IntMath.isZero(right)) {
                throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.DIVISION_BY_ZERO);
            }
            return IntMath.trueDivide(this, left, right);
        }
        double r = Numbers.toDouble(this, right);
        if (r == 0) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.FLOAT_DIVISION_BY_ZERO);
        }
        return Numbers.toDouble(this, left) / r;
    }

    @Specialization(guards = "isComplexPair(left, right)")
    Object doComplex(Object left, Object right) {
        Complex a = ComplexOps.toComplex(this, left);
        Complex b = ComplexOps.toComplex(this, right);
        return ComplexOps.divChecked(this, a, b);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }

    static boolean isExact(long value) {
        return value >= -EXACT_LIMIT && value <= EXACT_LIMIT;
    }
}
