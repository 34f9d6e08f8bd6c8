package taipan.runtime.decimal;

import java.math.BigInteger;

/** {@code power(x, y)}: exact for integer exponents where the result fits, else exp(y * ln(x)) rounded. */
public final class DecPower {
    /** The largest exact power computed digit by digit; beyond it the result is rounded from logarithms. */
    private static final long EXACT_DIGITS = 20000;

    private DecPower() {
    }

    public static Dec power(DecOp op, Dec x, Dec y) {
        Dec nan = op.checkNaNs(x, y);
        if (nan != null) {
            return nan;
        }
        boolean yInteger = y.isInteger();
        boolean odd = yInteger && y.toBigIntegerTruncated().testBit(0);
        boolean sign = x.sign && odd;
        if (x.sign && !x.isZero() && !yInteger) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (y.isZero()) {
            return x.isZero() ? op.invalid(DecConditions.INVALID_OPERATION) : op.finish(Dec.ONE);
        }
        boolean yNeg = y.sign;
        if (x.isZero()) {
            return yNeg ? Dec.infinity(sign) : Dec.finite(sign, BigInteger.ZERO, 0);
        }
        if (x.isInfinite()) {
            return yNeg ? Dec.finite(sign, BigInteger.ZERO, 0) : Dec.infinity(sign);
        }
        if (y.isInfinite()) {
            return infiniteExponent(op, x, yNeg);
        }
        if (yInteger) {
            Dec exact = integerPower(op, x, y, sign);
            if (exact != null) {
                return exact;
            }
        }
        if (DecArith.compareValues(x, Dec.ONE) == 0) {
            // 1 ** y for a non-integer y: libmpdec's inexact path gives 1 to full precision
            op.status |= DecConditions.INEXACT | DecConditions.ROUNDED;
            return Dec.finite(false, Pow10.of(op.prec - 1), 1 - op.prec);
        }
        return viaLogarithm(op, x.withSign(false), y, sign);
    }

    private static Dec infiniteExponent(DecOp op, Dec x, boolean yNeg) {
        int c = DecArith.compareValues(x.withSign(false), Dec.ONE);
        if (c == 0) {
            op.status |= DecConditions.INEXACT | DecConditions.ROUNDED;
            return Dec.finite(false, Pow10.of(op.prec - 1), 1 - op.prec);
        }
        return (c > 0) != yNeg ? Dec.infinity(false) : Dec.finite(false, BigInteger.ZERO, 0);
    }

    /** x ** n for an integer n when the exact power is small enough to build, or null. */
    private static Dec integerPower(DecOp op, Dec x, Dec y, boolean sign) {
        BigInteger n = y.toBigIntegerTruncated().abs();
        if (n.bitLength() > 31 || n.longValue() * x.digits() > EXACT_DIGITS) {
            return null;
        }
        int e = n.intValue();
        long adjusted = x.adjusted();
        if (Math.abs(adjusted * e) > 4 * (op.emax + op.prec) + 10) {
            return null;
        }
        Dec p = Dec.finite(sign, x.coeff.pow(e), x.exp * e);
        if (!y.sign) {
            return op.finish(p);
        }
        return DecArith.divide(op, Dec.ONE, p);
    }

    private static Dec viaLogarithm(DecOp op, Dec x, Dec y, boolean sign) {
        int digits = op.prec + 12;
        for (int round = 0;; round++) {
            DecOp work = DecOp.unbounded(digits, Rounding.HALF_EVEN);
            Dec lnx = DecMath.ln(work, x);
            Dec product = DecArith.multiply(work, lnx, y);
            DecOp wide = DecOp.unbounded(digits, Rounding.HALF_EVEN);
            Dec r = DecMath.exp(wide, product);
            if (r.isSpecial() || r.isZero() || Math.abs(r.adjusted()) > 4 * (op.emax + op.prec)) {
                // beyond the exponent limits either way: finishing gives the overflow or underflow
                Dec limit = r.isZero() || (!r.isSpecial() && r.adjusted() < 0)
                                ? Dec.finite(sign, BigInteger.ONE, op.etiny() - 2)
                                : Dec.finite(sign, BigInteger.ONE, op.emax + 1);
                Dec f = op.finish(limit);
                op.status |= DecConditions.INEXACT | DecConditions.ROUNDED;
                return f;
            }
            DecOp ctx = op.with(op.prec, op.rounding);
            Dec rounded = DecMath.roundIfSafe(op, ctx, r.withSign(sign), digits - op.prec - 8, round >= 3);
            if (rounded != null) {
                return rounded;
            }
            digits += digits / 2 + 10;
        }
    }

    /** {@code pow(a, b, c)}: integers only, b not negative, c non-zero with at most prec digits; exact. */
    public static Dec powerModulo(DecOp op, Dec a, Dec b, Dec c) {
        Dec nan = op.checkNaNs(a, b);
        if (nan == null) {
            nan = op.checkNaNs(c, null);
        }
        if (nan != null) {
            return nan;
        }
        if (!a.isInteger() || !b.isInteger() || !c.isInteger() || c.isZero() || b.sign
                        || (a.isZero() && b.isZero()) || c.digits() > op.prec) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        BigInteger m = c.toBigIntegerTruncated().abs();
        BigInteger base = a.toBigIntegerTruncated().abs();
        BigInteger e = b.toBigIntegerTruncated();
        BigInteger r = base.modPow(e, m);
        return Dec.finite(a.sign && e.testBit(0), r, 0);
    }
}
