package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.ContainerArithmetic;
import taipan.runtime.number.IntMath;

/** {@code a &amp; b}: CPython's {@code PyNumber_And}; on two bools the result is a bool. */
public abstract class PyNumberAndNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "&";
    }

    @Specialization
    static boolean doBoolean(boolean left, boolean right) {
        return left & right;
    }

    @Specialization
    static long doLong(long left, long right) {
        return left & right;
    }

    @Specialization(guards = {"isInteger(left)", "isInteger(right)"})
    static Object doInteger(Object left, Object right) {
        return IntMath.and(left, right);
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
