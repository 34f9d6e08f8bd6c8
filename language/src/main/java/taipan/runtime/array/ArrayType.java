package taipan.runtime.array;

import java.math.BigInteger;

/** The typecodes of {@code array.array} on a 64-bit Linux, with item sizes and the range each int code holds. */
public enum ArrayType {
    BYTE('b', 1, true),
    UNSIGNED_BYTE('B', 1, false),
    UNICODE('u', 4, false),
    WIDE_CHAR('w', 4, false),
    SHORT('h', 2, true),
    UNSIGNED_SHORT('H', 2, false),
    INT('i', 4, true),
    UNSIGNED_INT('I', 4, false),
    LONG('l', 8, true),
    UNSIGNED_LONG('L', 8, false),
    LONG_LONG('q', 8, true),
    UNSIGNED_LONG_LONG('Q', 8, false),
    FLOAT('f', 4, true),
    DOUBLE('d', 8, true);

    /** {@code array.typecodes}. */
    public static final String TYPECODES = "bBuwhHiIlLqQfd";

    private final char code;
    private final int itemSize;
    private final boolean signed;

    ArrayType(char code, int itemSize, boolean signed) {
        this.code = code;
        this.itemSize = itemSize;
        this.signed = signed;
    }

    public static ArrayType of(int code) {
        for (ArrayType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    public char code() {
        return code;
    }

    public int itemSize() {
        return itemSize;
    }

    public boolean isFloat() {
        return this == FLOAT || this == DOUBLE;
    }

    public boolean isUnicode() {
        return this == UNICODE || this == WIDE_CHAR;
    }

    public boolean isSigned() {
        return signed;
    }

    /** Whether the int {@code value} fits this (integer) typecode. */
    public boolean fits(long value) {
        if (this == UNSIGNED_LONG || this == UNSIGNED_LONG_LONG) {
            return value >= 0;
        } else if (itemSize == 8) {
            return true;
        }
        int bits = itemSize * 8;
        return signed ? value >= -(1L << (bits - 1)) && value < (1L << (bits - 1)) : value >= 0 && value < (1L << bits);
    }

    /** Whether a big int fits: only the unsigned 64-bit codes take values beyond a long. */
    public boolean fits(BigInteger value) {
        return (this == UNSIGNED_LONG || this == UNSIGNED_LONG_LONG) && value.signum() >= 0 && value.bitLength() <= 64;
    }

    /** Reads the raw little-endian item at byte {@code offset} as a long (sign-extended when signed). */
    public long readBits(byte[] data, int offset) {
        long value = 0;
        for (int i = itemSize - 1; i >= 0; i--) {
            value = (value << 8) | (data[offset + i] & 0xFF);
        }
        if (signed && itemSize < 8) {
            int shift = 64 - 8 * itemSize;
            value = (value << shift) >> shift;
        }
        return value;
    }

    public void writeBits(byte[] data, int offset, long value) {
        for (int i = 0; i < itemSize; i++) {
            data[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The item at byte {@code offset}: a Long, a BigInteger (Q/L past a long), a Double or a code point (Integer). */
    public Object read(byte[] data, int offset) {
        long bits = readBits(data, offset);
        return switch (this) {
            case FLOAT -> (double) Float.intBitsToFloat((int) bits);
            case DOUBLE -> Double.longBitsToDouble(bits);
            case UNICODE, WIDE_CHAR -> (int) bits;
            case UNSIGNED_LONG, UNSIGNED_LONG_LONG -> bits >= 0 ? (Object) bits : unsignedBig(bits);
            default -> bits;
        };
    }

    private static BigInteger unsignedBig(long bits) {
        return BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64));
    }

    /** Writes a float item. */
    public void writeDouble(byte[] data, int offset, double value) {
        writeBits(data, offset, this == FLOAT ? Float.floatToRawIntBits((float) value) & 0xFFFFFFFFL : Double.doubleToRawLongBits(value));
    }
}
