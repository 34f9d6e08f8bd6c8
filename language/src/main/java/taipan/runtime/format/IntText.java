package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/**
 * Python int → text: str/repr with the int_max_str_digits limit, bin/oct/hex digits, and the int → float
 * conversion; a Python int is a {@code Long} (or {@code Integer}/{@code Boolean}) or a {@code BigInteger}.
 */
public final class IntText {
    /** sys.int_info.default_max_str_digits. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private IntText() {
    }

    /** str(v) with the default digit limit. */
    @TruffleBoundary
    public static String toDecimal(long v) {
        // A long has at most 19 digits, far below any legal limit (which is 0 or >= 640).
        return Long.toString(v);
    }

    /** str(v), raising CPython's ValueError when it has more than {@code maxDigits} digits (0: no limit). */
    @TruffleBoundary
    public static String toDecimal(BigInteger v, int maxDigits) {
        if (maxDigits > 0 && v.bitLength() > 2000) {
            // Conservative bound on the digit count (log10(2) < 0.30103) before paying for the conversion.
            long upper = (long) (v.bitLength() * 0.30103) + 1;
            if (upper > maxDigits) {
                String s = v.abs().toString();
                if (s.length() > maxDigits) {
                    throw tooManyDigitsToStr(maxDigits);
                }
                return v.signum() < 0 ? "-" + s : s;
            }
        }
        return v.toString();
    }

    /** str(v) of any int value. */
    public static String toDecimal(Object v, int maxDigits) {
        return v instanceof BigInteger b ? toDecimal(b, maxDigits) : Long.toString(asLong(v));
    }

    /** bin(v), oct(v) or hex(v) for base 2, 8 or 16: "-0x1f" style. */
    @TruffleBoundary
    public static String toPrefixedBase(Object v, int base) {
        String prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        return (isNegative(v) ? "-" : "") + prefix + absDigits(v, base, 0);
    }

    static FormatError tooManyDigitsToStr(int maxDigits) {
        return FormatError.valueError("Exceeds the limit (" + maxDigits
                        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** The digits of |v| in {@code base}, lower-case, subject to the limit in base 10. */
    static String absDigits(Object v, int base, int maxDigits) {
        if (v instanceof BigInteger b) {
            return base == 10 ? toDecimal(b.abs(), maxDigits) : b.abs().toString(base);
        }
        long l = asLong(v);
        String s = Long.toString(l, base);
        return l < 0 ? s.substring(1) : s;
    }

    static boolean isNegative(Object v) {
        return v instanceof BigInteger b ? b.signum() < 0 : asLong(v) < 0;
    }

    static long asLong(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("not a Python int: " + v);
    }

    /** float(v) (PyLong_AsDouble): correctly rounded, OverflowError when out of range. */
    @TruffleBoundary
    public static double toDouble(Object v) {
        if (v instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw FormatError.overflowError("int too large to convert to float");
            }
            return d;
        }
        return asLong(v);
    }

    /** PyLong_AsLong: the value as a C long, OverflowError when it does not fit. */
    static long toCLong(Object v) {
        if (v instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw FormatError.overflowError("Python int too large to convert to C long");
            }
            return b.longValue();
        }
        return asLong(v);
    }

    /** int(x) of a float (PyLong_FromDouble): truncation toward zero, errors for nan and infinities. */
    @TruffleBoundary
    public static Object fromDouble(double x) {
        if (Double.isNaN(x)) {
            throw FormatError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw FormatError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 0x1p63) {
            return (long) x;
        }
        return new java.math.BigDecimal(x).toBigInteger();
    }

    /** Narrows a BigInteger result to a Long when it fits, as the interpreter expects. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
