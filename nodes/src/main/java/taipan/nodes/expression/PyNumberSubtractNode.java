package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.ContainerArithmetic;
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

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long left, long right) {
        long result = left - right;
        if (((left ^ right) & (left ^ result)) < 0) {
            return IntMath.sub(left, right);
        }
        return result;
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    static Object doInteger(Object left, Object right) {
        return IntMath.sub(left, right);
    }

    @Specialization
    static double doDouble(double left, double right) {
        return left - right;
    }

    @Specialization(guards = "isFloatMix(left, right)", replaces = "doDouble")
    Object doMixed(Object left, Object right) {
        return Numbers.toDouble(this, left) - Numbers.toDouble(this, right);
    }

    @Specialization(guards = "isComplexPair(left, right)")
    Object doComplex(Object left, Object right) {
        Complex a = ComplexOps.toComplex(this, left);
        Complex b = ComplexOps.toComplex(this, right);
        return ComplexOps.sub(a, b);
    }

    @Specialization(guards = "isSetOperand(left, right)")
    Object doSets(Object left, Object right) {
        taipan.threading.ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        Object result = ContainerArithmetic.setOperation(mode, new taipan.runtime.object.BuiltinEquality(mode), left,
                        right, getSymbol());
        if (result == null) {
            return binaryDunder(left, right); // a set/dict subclass or a user object on the right
        }
        return result;
    }

    static boolean isSetOperand(Object left, Object right) {
        return ContainerArithmetic.isSetOperand(left, right);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
