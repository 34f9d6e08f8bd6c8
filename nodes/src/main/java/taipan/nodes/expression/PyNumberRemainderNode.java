package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.bytes.BytesPercentFormat;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.number.FloatMath;
import taipan.runtime.str.StrPercentFormat;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.UncachedCalls;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code a % b}: CPython's {@code PyNumber_Remainder}, and printf-style {@code str % args}. */
public abstract class PyNumberRemainderNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "%";
    }

    @Specialization(guards = "right != 0")
    static long doLong(long left, long right) {
        return Math.floorMod(left, right);
    }

    @Specialization(guards = "right == 0")
    Object doLongZero(@SuppressWarnings("unused") long left, @SuppressWarnings("unused") long right) {
        throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.INTEGER_MODULO_BY_ZERO);
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    Object doInteger(Object left, Object right) {
        if (IntMath.isZero(right)) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.INTEGER_MODULO_BY_ZERO);
        }
        return IntMath.mod(left, right);
    }

    @Specialization(guards = "isFloatMix(left, right)")
    Object doFloat(Object left, Object right) {
        double r = Numbers.toDouble(this, right);
        if (r == 0) {
            throw PythonErrors.raise(this, BuiltinType.ZERO_DIVISION_ERROR, ErrorMessages.FLOAT_MODULO_BY_ZERO);
        }
        return FloatMath.mod(Numbers.toDouble(this, left), r);
    }

    @Specialization(guards = "!reflectsFirst(right)")
    TruffleString doStrFormat(TruffleString left, Object right) {
        return StrPercentFormat.format(this, left, right);
    }

    @Specialization
    Object doBytesFormat(PBytesLike left, Object right) {
        return BytesPercentFormat.format(this, left, right);
    }

    /** A str subclass with its own {@code __rmod__} on the right goes first (the reflected-subclass rule). */
    static boolean reflectsFirst(Object right) {
        return right instanceof PBuiltinSubclassObject o && o.getValue() instanceof TruffleString && hasRmod(o);
    }

    @TruffleBoundary
    private static boolean hasRmod(PBuiltinSubclassObject o) {
        return UncachedCalls.hasUserAttribute(o.getPythonClass(), "__rmod__");
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
