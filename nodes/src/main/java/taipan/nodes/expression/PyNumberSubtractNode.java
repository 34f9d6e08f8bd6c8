package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;

/** {@code a - b}: CPython's {@code PyNumber_Subtract}. */
public abstract class PyNumberSubtractNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "-";
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long left, long right) {
        return Math.subtractExact(left, right);
    }

    @Specialization(guards = {"isInteger(left)", "isInteger(right)"}, replaces = "doLong")
    static Object doInteger(Object left, Object right) {
        return IntMath.sub(left, right);
    }

    @Specialization
    static double doDouble(double left, double right) {
        return left - right;
    }

    @Specialization(guards = {"isNumber(left)", "isNumber(right)"}, replaces = "doDouble")
    Object doMixed(Object left, Object right) {
        return Numbers.toDouble(this, left) - Numbers.toDouble(this, right);
    }

    @Specialization(guards = "isComplexPair(left, right)")
    Object doComplex(Object left, Object right) {
        Complex a = ComplexOps.toComplex(this, left);
        Complex b = ComplexOps.toComplex(this, right);
        return ComplexOps.sub(a, b);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
