package taipan.builtins.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PEllipsis;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code marshal} for the values it shares with CPython's format version 4: None, bools, ints, floats, str,
 * bytes, tuples, lists, dicts and Ellipsis. Code objects are Truffle trees here, not bytecode, so they are
 * unmarshallable (CPython's ValueError), as any other type is.
 */
@CoreFunctions(defineModule = "marshal")
public final class MarshalModuleBuiltins {

    private MarshalModuleBuiltins() {
    }

    @Builtin(name = "dumps", parameterNames = {"value", "version"}, minNumOfPositionalArgs = 1,
                    keywordOnlyNames = "allow_code")
    abstract static class DumpsNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(this, out, arguments[0]);
            return new PBytes(out.toByteArray());
        }
    }

    @Builtin(name = "loads", parameterNames = "bytes", minNumOfPositionalArgs = 1, keywordOnlyNames = "allow_code")
    abstract static class LoadsNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!(arguments[0] instanceof PBytesLike data)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                                PythonErrors.typeName(this, arguments[0]));
            }
            ByteBuffer in = ByteBuffer.wrap(data.array(), 0, data.length()).order(ByteOrder.LITTLE_ENDIAN);
            try {
                return read(this, in);
            } catch (java.nio.BufferUnderflowException e) {
                throw PythonErrors.raise(this, BuiltinType.EOF_ERROR, "EOF read where object expected");
            }
        }
    }

    private static void int32(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >> (8 * i)));
        }
    }

    private static void write(Node location, ByteArrayOutputStream out, Object value) {
        if (value == PNone.NONE) {
            out.write('N');
        } else if (value instanceof Boolean b) {
            out.write(b ? 'T' : 'F');
        } else if (value == PEllipsis.ELLIPSIS) {
            out.write('.');
        } else if (value instanceof Long l && l == (int) (long) l) {
            out.write('i');
            int32(out, l);
        } else if (value instanceof Long || value instanceof BigInteger) {
            writeLong(out, value instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) value);
        } else if (value instanceof Double d) {
            out.write('g');
            long bits = Double.doubleToRawLongBits(d);
            int32(out, bits);
            int32(out, bits >>> 32);
        } else if (value instanceof TruffleString s) {
            byte[] bytes = s.toJavaStringUncached().getBytes(StandardCharsets.UTF_8);
            out.write('u');
            int32(out, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof PBytes b) {
            out.write('s');
            int32(out, b.length());
            out.write(b.array(), 0, b.length());
        } else if (value instanceof PTuple || value instanceof PList) {
            Object[] items = value instanceof PTuple t ? t.getItems()
                            : ((PList) value).getStorage().toArray(TaipanLanguage.get(location).threadingMode());
            out.write(value instanceof PTuple ? '(' : '[');
            int32(out, items.length);
            for (Object item : items) {
                write(location, out, item);
            }
        } else if (value instanceof PDict d && d.getClass() == PDict.class) {
            out.write('{');
            Object[][] entries = d.getStorage().snapshot(TaipanLanguage.get(location).threadingMode());
            for (int i = 0; i < entries[0].length; i++) {
                write(location, out, entries[0][i]);
                write(location, out, entries[1][i]);
            }
            out.write('0');
        } else {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "unmarshallable object");
        }
    }

    /** CPython's TYPE_LONG: a signed count of 15-bit digits, least significant first. */
    private static void writeLong(ByteArrayOutputStream out, BigInteger value) {
        BigInteger magnitude = value.abs();
        int digits = (magnitude.bitLength() + 14) / 15;
        out.write('l');
        int32(out, value.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            int digit = magnitude.shiftRight(15 * i).intValue() & 0x7fff;
            out.write(digit & 0xff);
            out.write(digit >> 8);
        }
    }

    private static Object read(Node location, ByteBuffer in) {
        int code = in.get() & 0x7f; // the high bit flags a back-reference target, which we never need to resolve here
        switch (code) {
            case 'N':
                return PNone.NONE;
            case 'T':
                return true;
            case 'F':
                return false;
            case '.':
                return PEllipsis.ELLIPSIS;
            case 'i':
                return (long) in.getInt();
            case 'l':
                return readLong(in);
            case 'g':
                return in.getDouble();
            case 'u', 't', 'a', 'A', 'z', 'Z': {
                int n = code == 'z' || code == 'Z' ? in.get() & 0xff : in.getInt();
                byte[] bytes = new byte[n];
                in.get(bytes);
                return PyStrings.of(new String(bytes, code == 'u' || code == 't' ? StandardCharsets.UTF_8
                                : StandardCharsets.ISO_8859_1));
            }
            case 's': {
                byte[] bytes = new byte[in.getInt()];
                in.get(bytes);
                return new PBytes(bytes);
            }
            case '(', ')', '[': {
                int n = code == ')' ? in.get() & 0xff : in.getInt();
                Object[] items = new Object[n];
                for (int i = 0; i < n; i++) {
                    items[i] = read(location, in);
                }
                return code == '[' ? new PList(items) : new PTuple(items);
            }
            case '{':
                return readDict(location, in);
            default:
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "bad marshal data (unknown type code)");
        }
    }

    private static Object readLong(ByteBuffer in) {
        int n = in.getInt();
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < Math.abs(n); i++) {
            value = value.or(BigInteger.valueOf(in.getShort() & 0x7fff).shiftLeft(15 * i));
        }
        value = n < 0 ? value.negate() : value;
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object readDict(Node location, ByteBuffer in) {
        PDict dict = new PDict();
        TaipanLanguage language = TaipanLanguage.get(location);
        BuiltinEquality ops = new BuiltinEquality(language.threadingMode());
        while (in.get(in.position()) != '0') {
            Object key = read(location, in);
            dict.getStorage().put(language.threadingMode(), ops, key, read(location, in));
        }
        in.get();
        return dict;
    }
}
