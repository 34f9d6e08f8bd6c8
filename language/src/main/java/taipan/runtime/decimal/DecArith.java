package taipan.runtime.decimal;

import java.math.BigInteger;

/** The basic operations of the specification: add, multiply, divide, remainders, compare, plus/minus/abs. */
public final class DecArith {

    private DecArith() {
    }

    public static Dec plus(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        if (a.isZero() && a.sign) {
            // 0 + -0 is +0, except when rounding toward floor
            a = a.withSign(op.rounding == Rounding.FLOOR);
        }
        return op.finish(a);
    }

    public static Dec minus(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        return plus(op, a.isZero() ? a : a.negate());
    }

    public static Dec abs(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        return plus(op, a.withSign(false));
    }

    public static Dec subtract(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        return add(op, a, b.negate());
    }

    public static Dec add(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isInfinite() && b.isInfinite() && a.sign != b.sign) {
                return op.invalid(DecConditions.INVALID_OPERATION);
            }
            return a.isInfinite() ? a : b;
        }
        long exp = Math.min(a.exp, b.exp);
        if (a.isZero() && b.isZero()) {
            boolean sign = op.rounding == Rounding.FLOOR ? a.sign || b.sign : a.sign && b.sign;
            return op.finish(Dec.finite(sign, BigInteger.ZERO, exp));
        }
        if (a.isZero()) {
            return op.finish(zeroPlus(op, b, a.exp));
        }
        if (b.isZero()) {
            return op.finish(zeroPlus(op, a, b.exp));
        }
        Dec[] ab = shrinkFar(op.prec, a, b);
        a = ab[0];
        b = ab[1];
        exp = Math.min(a.exp, b.exp);
        BigInteger x = a.coeff.multiply(Pow10.of(a.exp - exp));
        BigInteger y = b.coeff.multiply(Pow10.of(b.exp - exp));
        BigInteger sum = (a.sign ? x.negate() : x).add(b.sign ? y.negate() : y);
        if (sum.signum() == 0) {
            return op.finish(Dec.finite(op.rounding == Rounding.FLOOR, BigInteger.ZERO, exp));
        }
        return op.finish(Dec.finite(sum.signum() < 0, sum.abs(), exp));
    }

    /** x + 0 whose zero has exponent {@code zeroExp}: x padded down toward that exponent within the precision. */
    private static Dec zeroPlus(DecOp op, Dec x, long zeroExp) {
        if (zeroExp >= x.exp) {
            return x;
        }
        // as _pydecimal: pad at most prec + 1 digits; finishing then rounds (Rounded) exactly as the full sum would
        long target = Math.max(zeroExp, x.exp - op.prec - 1);
        return Dec.finite(x.sign, x.coeff.multiply(Pow10.of(x.exp - target)), target);
    }

    /**
     * When one operand lies far below the other's last digit that can matter, it only decides rounding: replace it
     * by a one-digit stand-in just below, so that aligning exponents never builds huge coefficients.
     */
    private static Dec[] shrinkFar(int prec, Dec a, Dec b) {
        boolean swap = a.exp < b.exp;
        Dec hi = swap ? b : a;
        Dec lo = swap ? a : b;
        long limit = Math.min(hi.exp, hi.adjusted() - prec) - 1;
        if (lo.adjusted() < limit) {
            lo = Dec.finite(lo.sign, BigInteger.ONE, limit - 1);
        }
        return swap ? new Dec[]{lo, hi} : new Dec[]{hi, lo};
    }

    public static Dec multiply(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        boolean sign = a.sign != b.sign;
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isZero() || b.isZero()) {
                return op.invalid(DecConditions.INVALID_OPERATION);
            }
            return Dec.infinity(sign);
        }
        return op.finish(Dec.finite(sign, a.coeff.multiply(b.coeff), a.exp + b.exp));
    }

    public static Dec divide(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        boolean sign = a.sign != b.sign;
        if (a.isInfinite()) {
            return b.isInfinite() ? op.invalid(DecConditions.INVALID_OPERATION) : Dec.infinity(sign);
        }
        if (b.isInfinite()) {
            op.status |= DecConditions.CLAMPED;
            return Dec.finite(sign, BigInteger.ZERO, op.etiny());
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return op.invalid(DecConditions.DIVISION_UNDEFINED);
            }
            op.status |= DecConditions.DIVISION_BY_ZERO;
            return Dec.infinity(sign);
        }
        if (a.isZero()) {
            return op.finish(Dec.finite(sign, BigInteger.ZERO, a.exp - b.exp));
        }
        long ideal = a.exp - b.exp;
        long shift = (long) b.digits() - a.digits() + op.prec + 1;
        long exp = ideal - shift;
        BigInteger x = shift >= 0 ? a.coeff.multiply(Pow10.of(shift)) : a.coeff.divide(Pow10.of(-shift));
        BigInteger[] qr = x.divideAndRemainder(b.coeff);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 || (shift < 0 && a.coeff.mod(Pow10.of(-shift)).signum() != 0)) {
            // a sticky digit: the quotient is inexact, and this last digit decides the rounding
            if (q.mod(BigInteger.valueOf(5)).signum() == 0) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            while (exp < ideal && q.mod(BigInteger.TEN).signum() == 0) {
                q = q.divide(BigInteger.TEN);
                exp++;
            }
        }
        return op.finish(Dec.finite(sign, q, exp));
    }

    /**
     * The truncated integer quotient and the remainder of {@code a / b} for finite non-zero {@code b}, or null
     * (DivisionImpossible raised) when the quotient needs more than prec digits.
     */
    private static Dec[] divRem(DecOp op, Dec a, Dec b) {
        boolean sign = a.sign != b.sign;
        long exp = Math.min(a.exp, b.exp);
        if (a.isZero() || a.adjusted() - b.adjusted() < -1) {
            return new Dec[]{Dec.finite(sign, BigInteger.ZERO, 0), Dec.finite(a.sign, a.coeff.multiply(Pow10.of(a.exp - exp)), exp)};
        }
        if (a.adjusted() - b.adjusted() > op.prec) {
            return null;
        }
        BigInteger x = a.coeff.multiply(Pow10.of(a.exp - exp));
        BigInteger y = b.coeff.multiply(Pow10.of(b.exp - exp));
        BigInteger[] qr = x.divideAndRemainder(y);
        if (Dec.digits(qr[0]) > op.prec) {
            return null;
        }
        return new Dec[]{Dec.finite(sign, qr[0], 0), Dec.finite(a.sign, qr[1], exp)};
    }

    /** {@code a // b}: the integer part of the quotient, truncated. */
    public static Dec divideInteger(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        boolean sign = a.sign != b.sign;
        if (a.isInfinite()) {
            return b.isInfinite() ? op.invalid(DecConditions.INVALID_OPERATION) : Dec.infinity(sign);
        }
        if (b.isInfinite()) {
            return Dec.finite(sign, BigInteger.ZERO, 0);
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return op.invalid(DecConditions.DIVISION_UNDEFINED);
            }
            op.status |= DecConditions.DIVISION_BY_ZERO;
            return Dec.infinity(sign);
        }
        Dec[] qr = divRem(op, a, b);
        if (qr == null) {
            return op.invalid(DecConditions.DIVISION_IMPOSSIBLE);
        }
        return op.finish(qr[0]);
    }

    /** {@code a % b}: the remainder with the dividend's sign. */
    public static Dec remainder(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite() || b.isZero()) {
            return op.invalid(a.isZero() ? DecConditions.DIVISION_UNDEFINED : DecConditions.INVALID_OPERATION);
        }
        if (b.isInfinite()) {
            return op.finish(a);
        }
        Dec[] qr = divRem(op, a, b);
        if (qr == null) {
            return op.invalid(DecConditions.DIVISION_IMPOSSIBLE);
        }
        return op.finish(qr[1]);
    }

    /** {@code divmod(a, b)}: truncated quotient and remainder. */
    public static Dec[] divmod(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return new Dec[]{nan, nan};
        }
        boolean sign = a.sign != b.sign;
        if (a.isInfinite()) {
            if (b.isInfinite()) {
                Dec n = op.invalid(DecConditions.INVALID_OPERATION);
                return new Dec[]{n, n};
            }
            return new Dec[]{Dec.infinity(sign), op.invalid(DecConditions.INVALID_OPERATION)};
        }
        if (b.isInfinite()) {
            return new Dec[]{Dec.finite(sign, BigInteger.ZERO, 0), op.finish(a)};
        }
        if (b.isZero()) {
            if (a.isZero()) {
                Dec n = op.invalid(DecConditions.DIVISION_UNDEFINED);
                return new Dec[]{n, n};
            }
            op.status |= DecConditions.DIVISION_BY_ZERO;
            return new Dec[]{Dec.infinity(sign), op.invalid(DecConditions.INVALID_OPERATION)};
        }
        Dec[] qr = divRem(op, a, b);
        if (qr == null) {
            Dec n = op.invalid(DecConditions.DIVISION_IMPOSSIBLE);
            return new Dec[]{n, n};
        }
        return new Dec[]{op.finish(qr[0]), op.finish(qr[1])};
    }

    /** {@code remainder_near}: a - b*n with n the nearest integer to a/b (ties to even). */
    public static Dec remainderNear(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite() || b.isZero()) {
            return op.invalid(a.isZero() ? DecConditions.DIVISION_UNDEFINED : DecConditions.INVALID_OPERATION);
        }
        if (b.isInfinite()) {
            return op.finish(a);
        }
        Dec[] qr = divRem(op, a, b);
        if (qr == null) {
            return op.invalid(DecConditions.DIVISION_IMPOSSIBLE);
        }
        long exp = Math.min(a.exp, b.exp);
        BigInteger r = qr[1].coeff;
        BigInteger y = b.coeff.multiply(Pow10.of(b.exp - exp));
        int cmp = r.shiftLeft(1).compareTo(y);
        boolean odd = qr[0].coeff.testBit(0);
        boolean sign = a.sign;
        if (cmp > 0 || (cmp == 0 && odd)) {
            r = y.subtract(r);
            sign = !sign;
            if (Dec.digits(qr[0].coeff.add(BigInteger.ONE)) > op.prec) {
                return op.invalid(DecConditions.DIVISION_IMPOSSIBLE);
            }
        }
        return op.finish(Dec.finite(sign, r, exp));
    }

    /** The numeric order of two non-NaN values: -1, 0 or 1. */
    public static int compareValues(Dec a, Dec b) {
        if (a.isInfinite() || b.isInfinite()) {
            int av = a.isInfinite() ? (a.sign ? -2 : 2) : 0;
            int bv = b.isInfinite() ? (b.sign ? -2 : 2) : 0;
            if (av != 0 && bv != 0) {
                return Integer.compare(av, bv);
            }
            return av != 0 ? Integer.signum(av) : -Integer.signum(bv);
        }
        int as = a.isZero() ? 0 : a.sign ? -1 : 1;
        int bs = b.isZero() ? 0 : b.sign ? -1 : 1;
        if (as != bs) {
            return Integer.compare(as, bs);
        }
        if (as == 0) {
            return 0;
        }
        int mag;
        long adjA = a.adjusted();
        long adjB = b.adjusted();
        if (adjA != adjB) {
            mag = Long.compare(adjA, adjB);
        } else {
            long exp = Math.min(a.exp, b.exp);
            mag = a.coeff.multiply(Pow10.of(a.exp - exp)).compareTo(b.coeff.multiply(Pow10.of(b.exp - exp)));
        }
        return as < 0 ? -mag : mag;
    }

    /** {@code compare}: -1, 0 or 1 as a Decimal, or NaN. */
    public static Dec compare(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        int c = compareValues(a, b);
        return Dec.finite(c < 0, BigInteger.valueOf(Math.abs(c)), 0);
    }

    /** The total order of {@code compare_total} (signs, NaNs, then exponents): -1, 0 or 1. */
    public static int compareTotal(Dec a, Dec b) {
        if (a.sign != b.sign) {
            return a.sign ? -1 : 1;
        }
        int r = compareTotalMagnitude(a, b);
        return a.sign ? -r : r;
    }

    public static int compareTotalMagnitude(Dec a, Dec b) {
        int ra = a.kind == Dec.NAN ? 3 : a.kind == Dec.SNAN ? 2 : a.kind == Dec.INF ? 1 : 0;
        int rb = b.kind == Dec.NAN ? 3 : b.kind == Dec.SNAN ? 2 : b.kind == Dec.INF ? 1 : 0;
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (ra >= 2) {
            return a.coeff.compareTo(b.coeff);
        }
        if (ra == 1) {
            return 0;
        }
        int c = compareValues(a.withSign(false), b.withSign(false));
        return c != 0 ? c : Long.compare(a.exp, b.exp);
    }
}
