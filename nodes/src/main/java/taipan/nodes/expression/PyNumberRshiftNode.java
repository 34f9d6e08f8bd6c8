package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.type.BuiltinType;

/** {@code a >> b}: CPython's {@code PyNumber_Rshift}. */
public abstract class PyNumberRshiftNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return ">>";
    }

    @Specialization(guards = "right >= 0")
    static long doLong(long left, long right) {
        return left >> Math.min(right, 63);
    }

    @Specialization(guards = "right < 0")
    Object doNegativeShift(@SuppressWarnings("unused") long left, @SuppressWarnings("unused") long right) {
        throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.NEGATIVE_SHIFT_COUNT);
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    Object doInteger(Object left, Object right) {
        if (IntMath.compare(right, 0L) < 0) {
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.NEGATIVE_SHIFT_COUNT);
        }
        return IntMath.shiftRight(left, right);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
