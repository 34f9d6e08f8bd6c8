package taipan.runtime.decimal;

import java.math.BigInteger;

/** Quantize, integral values, min/max, fused multiply-add, scaleb, next_* and reduce. */
public final class DecMisc {

    private DecMisc() {
    }

    /** {@code quantize}: {@code a} with {@code b}'s exponent. */
    public static Dec quantize(DecOp op, Dec a, Dec b, int mode) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isInfinite() && b.isInfinite()) {
                return a;
            }
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        long e = b.exp;
        if (e < op.etiny() || e > op.emax) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return op.finish(Dec.finite(a.sign, BigInteger.ZERO, e));
        }
        if (a.adjusted() > op.emax || a.adjusted() - e + 1 > op.prec) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        Dec r = op.rescale(a, e, mode);
        if (r.adjusted() > op.emax || r.digits() > op.prec) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (!r.isZero() && r.adjusted() < op.emin) {
            op.status |= DecConditions.SUBNORMAL;
        }
        return op.finish(r);
    }

    /** {@code to_integral_value} (exact: also signals Inexact/Rounded when digits go, as to_integral_exact). */
    public static Dec toIntegral(DecOp op, Dec a, int mode, boolean exact) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite() || a.exp >= 0) {
            return a;
        }
        if (a.isZero()) {
            return Dec.finite(a.sign, BigInteger.ZERO, 0);
        }
        int before = op.status;
        Dec r = op.rescale(a, 0, mode);
        if (!exact) {
            op.status = before;
        }
        return r;
    }

    /** {@code max}/{@code min} (a quiet NaN loses against a number), and the {@code _mag} variants. */
    public static Dec maxMin(DecOp op, Dec a, Dec b, boolean max, boolean magnitude) {
        if (a.isNaN() || b.isNaN()) {
            if (a.kind == Dec.SNAN || b.kind == Dec.SNAN || (a.isNaN() && b.isNaN())) {
                return op.checkNaNs(a, b);
            }
            return op.finish(a.isNaN() ? b : a);
        }
        int c = magnitude ? DecArith.compareValues(a.withSign(false), b.withSign(false)) : DecArith.compareValues(a, b);
        if (c == 0) {
            c = DecArith.compareTotal(a, b);
        }
        Dec r = (c >= 0) == max ? a : b;
        return op.finish(r);
    }

    /** {@code fma(a, b, c)}: a*b + c with one rounding. */
    public static Dec fma(DecOp op, Dec a, Dec b, Dec c) {
        Dec nan = op.checkNaNs(a, b);
        if (nan == null && (a.isInfinite() || b.isInfinite()) && (a.isZero() || b.isZero())) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (nan == null) {
            nan = op.checkNaNs(c, null);
        }
        if (nan != null) {
            return nan;
        }
        DecOp exact = DecOp.unbounded(Integer.MAX_VALUE / 4, Rounding.HALF_EVEN);
        Dec product = a.isSpecial() || b.isSpecial() ? DecArith.multiply(exact, a, b)
                        : Dec.finite(a.sign != b.sign, a.coeff.multiply(b.coeff), a.exp + b.exp);
        return DecArith.add(op, product, c);
    }

    /** {@code normalize}: rounded, then trailing zeros stripped (as far as the exponent limits allow). */
    public static Dec reduce(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        Dec r = op.finish(a);
        if (r.isSpecial()) {
            return r;
        }
        if (r.isZero()) {
            return Dec.finite(r.sign, BigInteger.ZERO, 0);
        }
        long max = op.clamp ? op.etop() : op.emax;
        BigInteger c = r.coeff;
        long e = r.exp;
        while (e < max) {
            BigInteger[] qr = c.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            c = qr[0];
            e++;
        }
        return Dec.finite(r.sign, c, e);
    }

    /** {@code scaleb(a, n)}: a's exponent plus the integer n. */
    public static Dec scaleb(DecOp op, Dec a, Dec b) {
        Dec nan = op.checkNaNs(a, b);
        if (nan != null) {
            return nan;
        }
        if (b.exp != 0 || b.isInfinite() || !b.isInteger()) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        long limit = 2 * (op.emax + op.prec);
        BigInteger n = b.toBigIntegerTruncated();
        if (n.abs().compareTo(BigInteger.valueOf(limit)) > 0) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a;
        }
        return op.finish(Dec.finite(a.sign, a.coeff, a.exp + n.longValue()));
    }

    /** {@code next_plus}/{@code next_minus}: the closest representable number above/below. */
    public static Dec next(DecOp op, Dec a, boolean up) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite()) {
            if (a.sign == up) {
                // -Infinity up / Infinity down: the largest finite number
                return Dec.finite(a.sign, Pow10.of(op.prec).subtract(BigInteger.ONE), op.etop());
            }
            return a;
        }
        DecOp directed = op.with(op.prec, up ? Rounding.CEILING : Rounding.FLOOR);
        Dec tiny = Dec.finite(!up, BigInteger.ONE, op.etiny() - 1);
        // next_plus/next_minus raise nothing but what an overflow to infinity would not: the status is dropped
        return DecArith.add(directed, a, tiny);
    }
}
