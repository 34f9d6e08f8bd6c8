package taipan.runtime.number;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/**
 * Python {@code int} arithmetic beyond {@code long}: the slow paths that operator nodes take after a
 * {@code Math.*Exact} overflow, or for {@code bool} and {@link BigInteger} operands. Results are normalised: a value
 * that fits a {@code long} is returned as one. Division by zero is the caller's check.
 */
public final class IntMath {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private IntMath() {
    }


    /** A {@code long} if the value fits, else the {@link BigInteger}. */
    @TruffleBoundary
    public static Object normalize(BigInteger value) {
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        return value;
    }

    /** {@code long}, {@code bool} or {@link BigInteger} as a {@link BigInteger}. */
    @TruffleBoundary
    public static BigInteger big(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) value;
    }

    @TruffleBoundary
    public static Object add(Object a, Object b) {
        return normalize(big(a).add(big(b)));
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b) {
        return normalize(big(a).subtract(big(b)));
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        return normalize(big(a).multiply(big(b)));
    }

    /** Floor division; {@code b} is not zero. */
    @TruffleBoundary
    public static Object floorDiv(Object a, Object b) {
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != big(b).signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    /** Modulo with the sign of the divisor; {@code b} is not zero. */
    @TruffleBoundary
    public static Object mod(Object a, Object b) {
        BigInteger bb = big(b);
        BigInteger r = big(a).mod(bb.abs());
        if (bb.signum() < 0 && r.signum() != 0) {
            r = r.add(bb);
        }
        return normalize(r);
    }

    /** {@code a ** b} for a non-negative exponent {@code b}; OverflowError when the result cannot be held. */
    @TruffleBoundary
    public static Object pow(Node location, Object a, Object b) {
        BigInteger base = big(a);
        if (base.signum() == 0 || base.abs().equals(BigInteger.ONE)) {
            boolean odd = big(b).testBit(0);
            return normalize(base.signum() < 0 && !odd ? BigInteger.ONE : base);
        }
        try {
            return normalize(base.pow(big(b).intValueExact()));
        } catch (ArithmeticException e) {
            throw tooManyDigits(location);
        }
    }

    /** {@code a << b} for a non-negative {@code b}; OverflowError when the result cannot be held. */
    @TruffleBoundary
    public static Object shiftLeft(Node location, Object a, Object b) {
        BigInteger value = big(a);
        if (value.signum() == 0) {
            return 0L;
        }
        try {
            return normalize(value.shiftLeft(big(b).intValueExact()));
        } catch (ArithmeticException e) {
            throw tooManyDigits(location);
        }
    }

    /** {@code a >> b} for a non-negative {@code b}. */
    @TruffleBoundary
    public static Object shiftRight(Object a, Object b) {
        BigInteger shift = big(b);
        int n = shift.bitLength() > 31 ? Integer.MAX_VALUE : shift.intValue();
        return normalize(big(a).shiftRight(n));
    }

    private static RuntimeException tooManyDigits(Node location) {
        return PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, ErrorMessages.TOO_MANY_DIGITS);
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        return normalize(big(a).and(big(b)));
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        return normalize(big(a).or(big(b)));
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        return normalize(big(a).xor(big(b)));
    }

    @TruffleBoundary
    public static Object negate(Object a) {
        return normalize(big(a).negate());
    }

    @TruffleBoundary
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y); // no BigInteger pair for the common case (sorting, tuple keys)
        }
        return big(a).compareTo(big(b));
    }

    @TruffleBoundary
    public static boolean isZero(Object a) {
        return big(a).signum() == 0;
    }

    /** Exactly rounded conversion to float; infinite when too large (the caller raises OverflowError). */
    @TruffleBoundary
    public static double toDouble(Object a) {
        return a instanceof Long l ? (double) l : big(a).doubleValue();
    }

    /**
     * {@code a / b} for ints, correctly rounded as CPython's {@code long_true_divide}: a quotient of 55+ bits with a
     * sticky bit for the remainder rounds once, to nearest even. {@code b} is not zero.
     */
    @TruffleBoundary
    public static double trueDivide(Node location, Object a, Object b) {
        BigInteger x = big(a);
        BigInteger y = big(b);
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue(); // both exact as doubles: IEEE division rounds once
        }
        boolean negative = x.signum() * y.signum() < 0;
        x = x.abs();
        y = y.abs();
        int shift = x.bitLength() - y.bitLength() - 55;
        BigInteger[] qr = shift >= 0 ? x.divideAndRemainder(y.shiftLeft(shift)) : x.shiftLeft(-shift).divideAndRemainder(y);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double result = Math.scalb(q.doubleValue(), shift);
        if (Double.isInfinite(result)) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "integer division result too large for a float");
        }
        return negative ? -result : result;
    }
}
