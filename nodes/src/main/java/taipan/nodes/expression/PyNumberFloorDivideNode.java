package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.number.FloatMath;
import taipan.runtime.type.BuiltinType;

/** {@code a // b}: CPython's {@code PyNumber_FloorDivide}. */
public abstract class PyNumberFloorDivideNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "//";
    }

    @Specialization(guards = {"right != 0", "!isOverflow(left, right)"})
    static long doLong(long left, long right) {
        return Math.floorDiv(left, right);
    }

    @Specialization(guards = {"right == 0 || isOverflow(left, right)"})
    Object doLongSpecial(long left, long right) {
        if (right == 0) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.INTEGER_DIVISION_BY_ZERO);
        }
        return IntMath.floorDiv(left, right); // Long.MIN_VALUE // -1 needs a big int
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    Object doInteger(Object left, Object right) {
        if (IntMath.isZero(right)) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.INTEGER_DIVISION_BY_ZERO);
        }
        return IntMath.floorDiv(left, right);
    }

    @Specialization(guards = "isFloatMix(left, right)")
    Object doFloat(Object left, Object right) {
        double r = Numbers.toDouble(this, right);
        if (r == 0) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.FLOAT_FLOOR_DIVISION_BY_ZERO);
        }
        return FloatMath.floorDiv(Numbers.toDouble(this, left), r);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }

    static boolean isOverflow(long left, long right) {
        return left == Long.MIN_VALUE && right == -1;
    }
}
