package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.type.BuiltinType;

/** {@code a << b}: CPython's {@code PyNumber_Lshift}. */
public abstract class PyNumberLshiftNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "<<";
    }

    @Specialization(guards = {"right >= 0", "right < 63", "fits(left, right)"})
    static long doLong(long left, long right) {
        return left << right;
    }

    @Specialization(replaces = "doLong")
    Object doLongOverflow(long left, long right) {
        if (right < 0) {
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.NEGATIVE_SHIFT_COUNT);
        } else if (right < 63 && fits(left, right)) {
            return left << right;
        }
        return IntMath.shiftLeft(this, left, right);
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    Object doInteger(Object left, Object right) {
        if (IntMath.compare(right, 0L) < 0) {
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.NEGATIVE_SHIFT_COUNT);
        }
        return IntMath.shiftLeft(this, left, right);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }

    static boolean fits(long left, long right) {
        return (left << right) >> right == left;
    }
}
