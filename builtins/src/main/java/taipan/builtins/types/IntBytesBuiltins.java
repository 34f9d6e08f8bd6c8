package taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.language.TaipanLanguage;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.PythonClass;

/** {@code int.to_bytes} and the class method {@code int.from_bytes} (CPython's {@code int_to_bytes_impl}). */
@CoreFunctions(extendClasses = BuiltinType.INT)
public final class IntBytesBuiltins {

    private IntBytesBuiltins() {
    }

    @Builtin(name = "to_bytes", parameterNames = {"self", "length", "byteorder"}, keywordOnlyNames = "signed",
                    minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ToBytesNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        PBytes doIt(Object self, Object length, Object byteorder, Object signed) {
            BigInteger value = big(NumberArgs.index(this, self));
            long n = length == PNone.NO_VALUE ? 1 : NumberArgs.asLong(this, length);
            if (n < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "length argument must be non-negative");
            }
            boolean little = isLittle(this, "to_bytes", byteorder);
            boolean isSigned = signed != PNone.NO_VALUE && SlowCompare.isTrue(this, signed);
            return new PBytes(toBytes(this, value, (int) Math.min(n, Integer.MAX_VALUE), little, isSigned));
        }
    }

    @Builtin(name = "from_bytes", parameterNames = {"cls", "bytes", "byteorder"}, keywordOnlyNames = "signed",
                    minNumOfPositionalArgs = 2, positionalOnly = false, classMethod = true)
    abstract static class FromBytesNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PythonClass cls, Object bytes, Object byteorder, Object signed,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            boolean little = isLittle(this, "from_bytes", byteorder);
            boolean isSigned = signed != PNone.NO_VALUE && SlowCompare.isTrue(this, signed);
            if (bytes instanceof TruffleString || PythonTypes.isInteger(bytes) || bytes instanceof Double) {
                // PyObject_Bytes: a str is not a bytes source without an encoding, nor a number a count
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "cannot convert '%s' object to bytes",
                                PythonErrors.typeName(this, bytes));
            }
            byte[] data = BytesBuiltins.construct(this, "bytes", bytes, PNone.NO_VALUE, PNone.NO_VALUE, getIter, next);
            Object value = fromBytes(data, little, isSigned);
            // int_from_bytes_impl: any class but int itself is called with the value (bool gives a bool)
            boolean exact = cls == TaipanLanguage.get(this).getBuiltinClass(BuiltinType.INT);
            return exact ? value : SlowCall.call(this, cls, new Object[]{value});
        }
    }

    private static BigInteger big(Object value) {
        return value instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) value;
    }

    /** The byteorder argument: default 'big'; CPython's messages for a non-str or another word. */
    static boolean isLittle(Node location, String function, Object byteorder) {
        if (byteorder == PNone.NO_VALUE) {
            return false;
        }
        if (!(byteorder instanceof TruffleString s)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() argument 'byteorder' must be str, not %s",
                            function, PythonErrors.typeName(location, byteorder));
        }
        String order = s.toJavaStringUncached();
        if (!order.equals("little") && !order.equals("big")) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "byteorder must be either 'little' or 'big'");
        }
        return order.equals("little");
    }

    @TruffleBoundary
    private static byte[] toBytes(Node location, BigInteger value, int length, boolean little, boolean signed) {
        if (!signed && value.signum() < 0) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        }
        int bits = signed ? value.bitLength() + 1 : value.bitLength();
        if (value.signum() != 0 && bits > (long) length * 8) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "int too big to convert");
        }
        byte[] big = value.toByteArray();
        byte[] out = new byte[length];
        byte fill = (byte) (value.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < length; i++) {
            int from = big.length - 1 - i;
            byte b = from >= 0 ? big[from] : fill;
            out[little ? i : length - 1 - i] = b;
        }
        return out;
    }

    @TruffleBoundary
    private static Object fromBytes(byte[] data, boolean little, boolean signed) {
        byte[] big = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            big[i] = data[little ? data.length - 1 - i : i];
        }
        BigInteger value = data.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(big) : new BigInteger(1, big);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
