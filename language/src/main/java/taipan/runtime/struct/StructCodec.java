package taipan.runtime.struct;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.format.FormatError;
import taipan.runtime.object.PNone;

/** Packing Python values into bytes and back by a {@link StructFormat} (CPython's {@code s_pack_internal}, {@code s_unpack_internal}). */
public final class StructCodec {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private StructCodec() {
    }

    /** Packs {@code values} into {@code target} at {@code start}; the caller checked the count and room. */
    @TruffleBoundary
    public static void pack(StructFormat format, Object[] values, byte[] target, int start) {
        int v = 0;
        for (StructFormat.Item item : format.getItems()) {
            char code = item.code();
            int at = start + item.offset();
            if (code == 'x') {
                continue;
            } else if (code == 's' || code == 'p') {
                packString(code, item.count(), values[v++], target, at);
                continue;
            }
            for (int k = 0; k < item.count(); k++, at += item.size()) {
                packOne(format, code, item.size(), values[v++], target, at);
            }
        }
    }

    private static void packString(char code, int count, Object value, byte[] target, int at) {
        if (!(value instanceof PBytesLike bytes)) {
            throw new FormatError(StructFormat.ERROR, "argument for '" + code + "' must be a bytes object");
        }
        byte[] data = bytes.toByteArray();
        if (code == 's') {
            System.arraycopy(data, 0, target, at, Math.min(count, data.length));
            return;
        }
        if (count == 0) {
            return;
        }
        int n = Math.min(Math.min(data.length, count - 1), 255);
        target[at] = (byte) n;
        System.arraycopy(data, 0, target, at + 1, n);
    }

    private static void packOne(StructFormat format, char code, int size, Object value, byte[] target, int at) {
        switch (code) {
            case 'c' -> {
                if (!(value instanceof PBytesLike b) || b.length() != 1) {
                    throw new FormatError(StructFormat.ERROR, "char format requires a bytes object of length 1");
                }
                target[at] = (byte) b.get(0);
            }
            case '?' -> target[at] = (byte) (truthy(value) ? 1 : 0);
            case 'e', 'f', 'd' -> packFloat(format, code, toDouble(value), target, at);
            default -> writeInteger(format, size, integerBits(format, code, size, value), target, at);
        }
    }

    private static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof Double d) {
            return d != 0;
        } else if (value instanceof BigInteger) {
            return true;
        } else if (value instanceof PBytesLike b) {
            return b.length() != 0;
        } else if (value instanceof TruffleString s) {
            return !s.isEmpty();
        }
        return value != PNone.NONE;
    }

    private static double toDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        } else if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof BigInteger b) {
            return b.doubleValue();
        }
        throw new FormatError(StructFormat.ERROR, "required argument is not a float");
    }

    private static void packFloat(StructFormat format, char code, double value, byte[] target, int at) {
        double d = taipan.runtime.number.NanIdentity.canonical(value);
        long bits;
        int size;
        if (code == 'd') {
            bits = Double.doubleToRawLongBits(d);
            size = 8;
        } else if (code == 'f') {
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                throw new FormatError("OverflowError", "float too large to pack with f format");
            }
            bits = Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
            size = 4;
        } else {
            short h = Float.floatToFloat16((float) d);
            if (Float.isInfinite(Float.float16ToFloat(h)) && !Double.isInfinite(d)) {
                throw new FormatError("OverflowError", "float too large to pack with e format");
            }
            bits = h & 0xFFFFL;
            size = 2;
        }
        writeInteger(format, size, bits, target, at);
    }

    /** The two's-complement bits of an int value for an integer code, checked against its range. */
    private static long integerBits(StructFormat format, char code, int size, Object value) {
        BigInteger big;
        if (value instanceof Long l) {
            big = BigInteger.valueOf(l);
        } else if (value instanceof Boolean b) {
            big = b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (value instanceof BigInteger b) {
            big = b;
        } else {
            throw new FormatError(StructFormat.ERROR, "required argument is not an integer");
        }
        boolean unsigned = Character.isUpperCase(code);
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE);
        if (big.compareTo(min) < 0 || big.compareTo(max) > 0) {
            if (code == 'n' || code == 'N' || code == 'P') {
                throw new FormatError(StructFormat.ERROR, "argument out of range");
            }
            throw new FormatError(StructFormat.ERROR, "'" + code + "' format requires " + min + " <= number <= " + max);
        }
        return big.longValue();
    }

    private static void writeInteger(StructFormat format, int size, long bits, byte[] target, int at) {
        for (int i = 0; i < size; i++) {
            int shift = 8 * i;
            target[format.isLittleEndian() ? at + i : at + size - 1 - i] = (byte) (bits >>> shift);
        }
    }

    private static long readInteger(StructFormat format, int size, byte[] source, int at) {
        long bits = 0;
        for (int i = 0; i < size; i++) {
            int b = source[format.isLittleEndian() ? at + i : at + size - 1 - i] & 0xFF;
            bits |= (long) b << (8 * i);
        }
        return bits;
    }

    /** The values {@code format} reads from {@code source} at {@code start}; the caller checked the length. */
    @TruffleBoundary
    public static Object[] unpack(StructFormat format, byte[] source, int start) {
        Object[] values = new Object[format.getValueCount()];
        int v = 0;
        for (StructFormat.Item item : format.getItems()) {
            char code = item.code();
            int at = start + item.offset();
            if (code == 'x') {
                continue;
            } else if (code == 's') {
                values[v++] = new PBytes(java.util.Arrays.copyOfRange(source, at, at + item.count()));
                continue;
            } else if (code == 'p') {
                int n = item.count() == 0 ? 0 : Math.min(source[at] & 0xFF, item.count() - 1);
                values[v++] = new PBytes(java.util.Arrays.copyOfRange(source, at + 1, at + 1 + n));
                continue;
            }
            for (int k = 0; k < item.count(); k++, at += item.size()) {
                values[v++] = unpackOne(format, code, item.size(), source, at);
            }
        }
        return values;
    }

    private static Object unpackOne(StructFormat format, char code, int size, byte[] source, int at) {
        long bits = readInteger(format, size, source, at);
        return switch (code) {
            case 'c' -> new PBytes(new byte[]{source[at]});
            case '?' -> bits != 0;
            case 'e' -> (double) Float.float16ToFloat((short) bits);
            case 'f' -> (double) Float.intBitsToFloat((int) bits);
            case 'd' -> Double.longBitsToDouble(bits);
            default -> integerValue(Character.isUpperCase(code), size, bits);
        };
    }

    private static Object integerValue(boolean unsigned, int size, long bits) {
        if (size == 8) {
            if (unsigned && bits < 0) {
                return BigInteger.valueOf(bits).add(TWO_64);
            }
            return bits;
        }
        if (unsigned) {
            return bits;
        }
        int shift = 64 - size * 8;
        return (bits << shift) >> shift;
    }
}
