package taipan.runtime.math;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.number.IntMath;

/**
 * The int functions of CPython's {@code math} module: factorial, comb, perm, gcd, lcm and isqrt. Arguments and
 * results are Python ints ({@code long} or {@link BigInteger}, results normalised by {@link IntMath#normalize});
 * large products are built by binary splitting so that big arguments multiply balanced operands.
 */
public final class IntFunctions {
    private static final int SMALL_FACTORIALS = 21;

    private IntFunctions() {
    }

    @TruffleBoundary
    public static Object factorial(Object n) {
        BigInteger b = IntMath.big(n);
        if (b.signum() < 0) {
            throw MathErrors.valueError("factorial() not defined for negative values");
        } else if (b.bitLength() > 63) {
            throw MathErrors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        long x = b.longValue();
        if (x < SMALL_FACTORIALS) {
            long f = 1;
            for (int i = 2; i <= x; i++) {
                f *= i;
            }
            return f;
        }
        return IntMath.normalize(product(BigInteger.ONE, b));
    }

    /** The product lo * (lo+1) * ... * hi (1 if hi < lo), by binary splitting. */
    static BigInteger product(BigInteger lo, BigInteger hi) {
        BigInteger count = hi.subtract(lo).add(BigInteger.ONE);
        if (count.signum() <= 0) {
            return BigInteger.ONE;
        }
        if (count.compareTo(BigInteger.valueOf(16)) <= 0) {
            BigInteger p = lo;
            for (BigInteger i = lo.add(BigInteger.ONE); i.compareTo(hi) <= 0; i = i.add(BigInteger.ONE)) {
                p = p.multiply(i);
            }
            return p;
        }
        BigInteger mid = lo.add(hi).shiftRight(1);
        return product(lo, mid).multiply(product(mid.add(BigInteger.ONE), hi));
    }

    private static BigInteger nonNegative(Object v, String name) {
        BigInteger b = IntMath.big(v);
        if (b.signum() < 0) {
            throw MathErrors.valueError(name + " must be a non-negative integer");
        }
        return b;
    }

    /** math.comb(n, k): n! / (k! * (n - k)!). */
    @TruffleBoundary
    public static Object comb(Object n, Object k) {
        BigInteger bn = nonNegative(n, "n");
        BigInteger bk = nonNegative(k, "k");
        if (bk.compareTo(bn) > 0) {
            return 0L;
        }
        BigInteger j = bk.min(bn.subtract(bk));
        if (j.bitLength() > 63) {
            throw MathErrors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        BigInteger numerator = product(bn.subtract(j).add(BigInteger.ONE), bn);
        return IntMath.normalize(numerator.divide(product(BigInteger.ONE, j)));
    }

    /** math.perm(n, k): n! / (n - k)!. */
    @TruffleBoundary
    public static Object perm(Object n, Object k) {
        BigInteger bn = nonNegative(n, "n");
        BigInteger bk = nonNegative(k, "k");
        if (bk.compareTo(bn) > 0) {
            return 0L;
        } else if (bk.bitLength() > 63) {
            throw MathErrors.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        return IntMath.normalize(product(bn.subtract(bk).add(BigInteger.ONE), bn));
    }

    /** math.perm(n) with no k: n!. */
    public static Object perm(Object n) {
        return factorial(n);
    }

    @TruffleBoundary
    public static Object gcd(Object... args) {
        BigInteger g = BigInteger.ZERO;
        for (Object a : args) {
            g = g.gcd(IntMath.big(a));
        }
        return IntMath.normalize(g);
    }

    @TruffleBoundary
    public static Object lcm(Object... args) {
        BigInteger l = BigInteger.ONE;
        for (Object a : args) {
            BigInteger b = IntMath.big(a).abs();
            if (b.signum() == 0 || l.signum() == 0) {
                l = BigInteger.ZERO;
            } else {
                l = l.divide(l.gcd(b)).multiply(b);
            }
        }
        return IntMath.normalize(l);
    }

    /** math.isqrt: the floor of the square root of a non-negative int. */
    public static Object isqrt(Object n) {
        if (n instanceof Long l) {
            if (l < 0) {
                throw MathErrors.valueError("isqrt() argument must be nonnegative");
            }
            long r = (long) Math.sqrt(l);
            // The double square root can be one off either way for values above 2**52.
            while (r * r > l || r > 3037000499L) {
                r--;
            }
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= l) {
                r++;
            }
            return r;
        }
        return bigIsqrt(IntMath.big(n));
    }

    @TruffleBoundary
    private static Object bigIsqrt(BigInteger n) {
        if (n.signum() < 0) {
            throw MathErrors.valueError("isqrt() argument must be nonnegative");
        }
        return IntMath.normalize(n.sqrt());
    }
}
