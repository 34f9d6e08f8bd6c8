package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.Numbers;
import taipan.runtime.number.IntMath;
import taipan.runtime.str.PyStrings;

/** {@code a + b}: CPython's {@code PyNumber_Add} (with sequence concatenation). Generated: {@code PyNumberAddNodeGen}. */
public abstract class PyNumberAddNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "+";
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long left, long right) {
        return Math.addExact(left, right);
    }

    @Specialization(guards = {"isInteger(left)", "isInteger(right)"}, replaces = "doLong")
    static Object doInteger(Object left, Object right) {
        return IntMath.add(left, right);
    }

    @Specialization
    static double doDouble(double left, double right) {
        return left + right;
    }

    @Specialization(guards = {"isNumber(left)", "isNumber(right)"}, replaces = "doDouble")
    Object doMixed(Object left, Object right) {
        return Numbers.toDouble(this, left) + Numbers.toDouble(this, right);
    }

    @Specialization
    static TruffleString doStr(TruffleString left, TruffleString right,
                    @Cached TruffleString.ConcatNode concat) {
        return concat.execute(left, right, PyStrings.ENCODING, true);
    }

    @Specialization(guards = "isComplexPair(left, right)")
    Object doComplex(Object left, Object right) {
        Complex a = ComplexOps.toComplex(this, left);
        Complex b = ComplexOps.toComplex(this, right);
        return ComplexOps.add(a, b);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
