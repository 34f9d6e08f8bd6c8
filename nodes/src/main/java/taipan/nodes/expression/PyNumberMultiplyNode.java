package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;
import taipan.runtime.str.PyStrings;

/** {@code a * b}: CPython's {@code PyNumber_Multiply} (with sequence repetition). */
public abstract class PyNumberMultiplyNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "*";
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long left, long right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization(guards = {"isInteger(left)", "isInteger(right)"}, replaces = "doLong")
    static Object doInteger(Object left, Object right) {
        return IntMath.mul(left, right);
    }

    @Specialization
    static double doDouble(double left, double right) {
        return left * right;
    }

    @Specialization(guards = {"isNumber(left)", "isNumber(right)"}, replaces = "doDouble")
    Object doMixed(Object left, Object right) {
        return Numbers.toDouble(this, left) * Numbers.toDouble(this, right);
    }

    @Specialization
    static TruffleString doStrTimesInt(TruffleString left, long right,
                    @Cached TruffleString.RepeatNode repeat) {
        return repeat.execute(left, (int) Math.max(0, Math.min(right, Integer.MAX_VALUE)), PyStrings.ENCODING);
    }

    @Specialization
    static TruffleString doIntTimesStr(long left, TruffleString right,
                    @Cached TruffleString.RepeatNode repeat) {
        return repeat.execute(right, (int) Math.max(0, Math.min(left, Integer.MAX_VALUE)), PyStrings.ENCODING);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        throw PythonErrors.unsupportedOperands(this, getSymbol(), left, right);
    }
}
