package taipan.nodes.expression;

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
            // CPython returns a complex number here; Taipan has no complex type yet.
            throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            "complex results of **");
        }
        return Math.pow(l, r);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
