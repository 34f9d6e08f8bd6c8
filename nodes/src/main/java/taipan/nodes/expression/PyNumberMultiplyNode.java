package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.ErrorMessages;
import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.ContainerArithmetic;
import taipan.runtime.number.IntMath;
import taipan.runtime.number.Numbers;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.str.PyStrings;

/** {@code a * b}: CPython's {@code PyNumber_Multiply} (with sequence repetition). */
public abstract class PyNumberMultiplyNode extends BinaryOpNode {

    /** Strings are UTF-32 arrays of at most 2**31 bytes: longer repetitions are MemoryError, as CPython's fail. */
    private static final long MAX_STR_LENGTH = Integer.MAX_VALUE / 4;

    @Override
    public final String getSymbol() {
        return "*";
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long left, long right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long left, long right) {
        long high = Math.multiplyHigh(left, right);
        long low = left * right;
        if (high != (low >> 63)) {
            return IntMath.mul(left, right);
        }
        return low;
    }

    @Specialization(guards = "isBigIntPair(left, right)")
    static Object doInteger(Object left, Object right) {
        return IntMath.mul(left, right);
    }

    @Specialization
    static double doDouble(double left, double right) {
        return left * right;
    }

    @Specialization(guards = "isFloatMix(left, right)", replaces = "doDouble")
    Object doMixed(Object left, Object right) {
        return Numbers.toDouble(this, left) * Numbers.toDouble(this, right);
    }

    @Specialization
    TruffleString doStrTimesInt(TruffleString left, long right,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.RepeatNode repeat) {
        return repeat(left, right, length, repeat);
    }

    @Specialization
    TruffleString doIntTimesStr(long left, TruffleString right,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.RepeatNode repeat) {
        return repeat(right, left, length, repeat);
    }

    private TruffleString repeat(TruffleString s, long times, TruffleString.CodePointLengthNode length,
                    TruffleString.RepeatNode repeat) {
        if (times <= 0) {
            return repeat.execute(s, 0, PyStrings.ENCODING);
        }
        long len = length.execute(s, PyStrings.ENCODING);
        if (len != 0 && times > Long.MAX_VALUE / len) {
            throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, ErrorMessages.REPEATED_STRING_TOO_LONG);
        } else if (len * times > MAX_STR_LENGTH) {
            throw PythonErrors.raise(this, BuiltinType.MEMORY_ERROR, "");
        }
        return repeat.execute(s, (int) times, PyStrings.ENCODING);
    }

    @Specialization(guards = "isComplexPair(left, right)")
    Object doComplex(Object left, Object right) {
        Complex a = ComplexOps.toComplex(this, left);
        Complex b = ComplexOps.toComplex(this, right);
        return ComplexOps.mul(a, b);
    }

    @Specialization(guards = "isSequence(left) || isSequence(right)")
    Object doSequences(Object left, Object right) {
        Object result = ContainerArithmetic.repeat(TaipanLanguage.get(this).threadingMode(), left, right);
        if (result == null) {
            throw PythonErrors.unsupportedOperands(this, getSymbol(), left, right);
        }
        return result;
    }

    static boolean isSequence(Object value) {
        return ContainerArithmetic.isSequence(value);
    }

    @Specialization
    Object doBytesTimesInt(PBytesLike left, long right) {
        return repeatBytes(left, right);
    }

    @Specialization
    Object doIntTimesBytes(long left, PBytesLike right) {
        return repeatBytes(right, left);
    }

    private Object repeatBytes(PBytesLike b, long times) {
        long len = b.length();
        if (times > 0 && len * times / times != len || times > 0 && len * times > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(this, BuiltinType.MEMORY_ERROR, "");
        }
        return BytesOps.repeat(b, (int) Math.max(0, times));
    }

    static boolean isRepeatable(Object value) {
        return value instanceof com.oracle.truffle.api.strings.TruffleString || value instanceof PBytesLike
                        || value instanceof taipan.runtime.object.PList || value instanceof taipan.runtime.object.PTuple;
    }

    /** The int a user object without {@code __mul__}/{@code __rmul__} stands for as a repeat count; else null. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object repeatCount(Object value) {
        if (!(value instanceof taipan.runtime.object.PythonObject o) || o instanceof taipan.runtime.object.PBuiltinSubclassObject
                        || o.getPythonClass().lookup("__mul__") != null || o.getPythonClass().lookup("__rmul__") != null) {
            return null;
        }
        Object index = taipan.runtime.object.UncachedCalls.callSpecial(value, "__index__");
        return index instanceof Long || index instanceof Boolean || index instanceof java.math.BigInteger ? index : null;
    }

    /** Behind a boundary: re-entering this node's {@code execute} in compiled code would inline without end. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object repeatBy(Object left, Object right, Object count) {
        return isRepeatable(left) ? execute(left, count) : execute(count, right);
    }

    @Fallback
    Object doGeneric(Object left, Object right) {
        if (left instanceof taipan.runtime.object.PythonObject || right instanceof taipan.runtime.object.PythonObject) {
            Object count = isRepeatable(left) ? repeatCount(right) : isRepeatable(right) ? repeatCount(left) : null;
            if (count != null) { // sequence * obj: the count is obj.__index__() (PySequence_Repeat)
                return repeatBy(left, right, count);
            }
            return binaryDunder(left, right);
        }
        if (left instanceof PBytesLike || right instanceof PBytesLike) {
            Object count = left instanceof PBytesLike ? right : left;
            PBytesLike seq = (PBytesLike) (left instanceof PBytesLike ? left : right);
            if (count instanceof Boolean b) {
                return repeatBytes(seq, b ? 1 : 0);
            } else if (count instanceof java.math.BigInteger) {
                throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, ErrorMessages.CANNOT_FIT_INTO_INDEX,
                                "int");
            } else if (!(count instanceof PBytesLike)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                ErrorMessages.CANT_MULTIPLY_SEQUENCE_BY_NON_INT, PythonErrors.typeName(this, count));
            }
        }
        if (left instanceof TruffleString || right instanceof TruffleString) {
            Object count = left instanceof TruffleString ? right : left;
            if (count instanceof Boolean b) {
                return doStrTimesInt((TruffleString) (left instanceof TruffleString ? left : right), b ? 1 : 0,
                                TruffleString.CodePointLengthNode.getUncached(), TruffleString.RepeatNode.getUncached());
            } else if (count instanceof java.math.BigInteger) {
                throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, ErrorMessages.CANNOT_FIT_INTO_INDEX,
                                "int");
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.CANT_MULTIPLY_SEQUENCE_BY_NON_INT,
                            PythonErrors.typeName(this, count));
        }
        return binaryDunder(left, right);
    }
}
