package taipan.runtime.decimal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The functions whose results are correctly rounded (ROUND_HALF_EVEN) from an approximation: square root, exp,
 * ln and log10. The approximations carry guard digits and are recomputed with more when the rounding they
 * decide lies too close to a boundary (Ziv's strategy).
 */
public final class DecMath {
    private static volatile BigDecimal ln10 = BigDecimal.ZERO;
    private static volatile int ln10Scale = 0;

    private DecMath() {
    }

    public static Dec sqrt(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        DecOp even = op.with(op.prec, Rounding.HALF_EVEN);
        long ideal = Math.floorDiv(a.exp, 2);
        if (a.isZero()) {
            return result(op, even, Dec.finite(a.sign, BigInteger.ZERO, ideal));
        }
        if (a.sign) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a;
        }
        BigInteger c = (a.exp & 1) != 0 ? a.coeff.multiply(BigInteger.TEN) : a.coeff;
        BigInteger r = c.sqrt();
        if (r.multiply(r).equals(c)) {
            return result(op, even, Dec.finite(false, r, ideal));
        }
        long s = Math.max(0, op.prec + 2 - (Dec.digits(c) + 1) / 2);
        BigInteger n = c.multiply(Pow10.of(2 * s)).sqrt();
        if (n.mod(BigInteger.valueOf(5)).signum() == 0) {
            // the root is irrational: a last digit of 0 or 5 would read as a tie or exact
            n = n.add(BigInteger.ONE);
        }
        return result(op, even, Dec.finite(false, n, ideal - s));
    }

    private static Dec result(DecOp op, DecOp even, Dec x) {
        Dec r = even.finish(x);
        op.status |= even.status;
        return r;
    }

    public static Dec exp(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        if (a.isInfinite()) {
            return a.sign ? Dec.ZERO : a;
        }
        if (a.isZero()) {
            return Dec.ONE;
        }
        DecOp even = op.with(op.prec, Rounding.HALF_EVEN);
        if (a.adjusted() >= 10) {
            // e**x lies far beyond any exponent limit: an overflow, or an underflow to zero
            return result(op, even, a.sign ? Dec.finite(false, BigInteger.ONE, op.etiny() - 2)
                            : Dec.finite(false, BigInteger.ONE, op.emax + 1));
        }
        if (a.adjusted() < -op.prec - 3) {
            DecOp wide = op.with(op.prec, Rounding.HALF_EVEN);
            Dec r = DecArith.add(wide, Dec.ONE, a);
            op.status |= wide.status | DecConditions.INEXACT | DecConditions.ROUNDED;
            return r;
        }
        BigDecimal x = toBig(a);
        int digits = op.prec + 12;
        for (int round = 0;; round++) {
            Dec approx = expApprox(x, digits);
            Dec r = roundIfSafe(op, even, approx, digits - op.prec - 4, round >= 4);
            if (r != null) {
                return r;
            }
            digits += digits / 2 + 10;
        }
    }

    /** e**x with about {@code digits} correct significant digits, as a Dec. */
    private static Dec expApprox(BigDecimal x, int digits) {
        BigDecimal l10 = ln10(digits + 12);
        BigInteger k = x.divide(l10, new MathContext(40, RoundingMode.FLOOR)).setScale(0, RoundingMode.FLOOR)
                        .toBigInteger();
        int scale = digits + 12;
        BigDecimal r = x.subtract(l10.multiply(new BigDecimal(k))).setScale(scale, RoundingMode.HALF_EVEN);
        int halvings = 10;
        BigDecimal small = r.divide(BigDecimal.valueOf(1L << halvings), scale + 4, RoundingMode.HALF_EVEN);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(scale + 4);
        for (int i = 1; term.abs().compareTo(eps) > 0; i++) {
            term = term.multiply(small).divide(BigDecimal.valueOf(i), scale + 4, RoundingMode.HALF_EVEN);
            sum = sum.add(term);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum).setScale(scale + 4, RoundingMode.HALF_EVEN);
        }
        BigDecimal y = sum.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return Dec.finite(false, y.unscaledValue(), k.longValue() - y.scale());
    }

    public static Dec ln(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        if (a.isZero()) {
            return Dec.infinity(true);
        }
        if (a.sign) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a;
        }
        if (a.coeff.equals(Pow10.of(a.digits() - 1)) && a.adjusted() == 0) {
            return Dec.ZERO;
        }
        return logarithm(op, a, false);
    }

    public static Dec log10(DecOp op, Dec a) {
        Dec nan = op.checkNaNs(a, null);
        if (nan != null) {
            return nan;
        }
        if (a.isZero()) {
            return Dec.infinity(true);
        }
        if (a.sign) {
            return op.invalid(DecConditions.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a;
        }
        if (a.coeff.equals(Pow10.of(a.digits() - 1))) {
            // an exact power of ten: an exact integer
            long adj = a.adjusted();
            return DecArith.plus(op, Dec.finite(adj < 0, BigInteger.valueOf(Math.abs(adj)), 0));
        }
        return logarithm(op, a, true);
    }

    private static Dec logarithm(DecOp op, Dec a, boolean base10) {
        DecOp even = op.with(op.prec, Rounding.HALF_EVEN);
        int scale = op.prec + 12;
        for (int round = 0;; round++) {
            BigDecimal v = lnApprox(a, scale);
            if (base10) {
                v = v.divide(ln10(scale + 25), scale + 4, RoundingMode.HALF_EVEN);
            }
            int magnitude = v.precision() - v.scale();
            int correct = scale + magnitude - 4;
            if (correct < op.prec + 6 && round < 6) {
                scale += op.prec + 6 - correct + 10;
                continue;
            }
            Dec approx = Dec.finite(v.signum() < 0, v.unscaledValue().abs(), -v.scale());
            Dec r = roundIfSafe(op, even, approx, correct - op.prec - 2, round >= 4);
            if (r != null) {
                return r;
            }
            scale += scale / 2 + 10;
        }
    }

    /** ln(a) for positive finite a, with an absolute error below 10**-scale. */
    private static BigDecimal lnApprox(Dec a, int scale) {
        long k = a.adjusted();
        BigDecimal m = new BigDecimal(a.coeff, a.digits() - 1);
        BigDecimal lnm = lnUnit(m, scale + 4);
        return lnm.add(ln10(scale + 25).multiply(BigDecimal.valueOf(k))).setScale(scale + 2, RoundingMode.HALF_EVEN);
    }

    /** ln(m) for m in [1, 10], absolute error below 10**-scale: square roots toward 1, then the atanh series. */
    private static BigDecimal lnUnit(BigDecimal m, int scale) {
        MathContext mc = new MathContext(scale + 10, RoundingMode.HALF_EVEN);
        int roots = 0;
        BigDecimal limit = new BigDecimal("1.01");
        while (m.compareTo(limit) > 0) {
            m = m.sqrt(mc);
            roots++;
        }
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), scale + 10, RoundingMode.HALF_EVEN);
        BigDecimal z2 = z.multiply(z).setScale(scale + 10, RoundingMode.HALF_EVEN);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(scale + 8);
        for (int i = 1; power.abs().compareTo(eps) > 0; i += 2) {
            sum = sum.add(power.divide(BigDecimal.valueOf(i), scale + 10, RoundingMode.HALF_EVEN));
            power = power.multiply(z2).setScale(scale + 10, RoundingMode.HALF_EVEN);
        }
        return sum.multiply(BigDecimal.valueOf(2L << roots)).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** ln(10) to {@code scale} decimal places (cached at the largest scale asked for). */
    static BigDecimal ln10(int scale) {
        if (ln10Scale < scale) {
            BigDecimal v = lnUnit(BigDecimal.TEN, scale + 10);
            synchronized (DecMath.class) {
                ln10 = v;
                ln10Scale = scale + 10;
            }
        }
        return ln10.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * The approximation rounded to the context, or null when its {@code guard} digits beyond the precision
     * cannot tell which way to round; {@code force} accepts it anyway (an exact result, as 4 ** 0.5).
     */
    static Dec roundIfSafe(DecOp op, DecOp even, Dec approx, int guard, boolean force) {
        int len = approx.digits();
        long drop = len - op.prec;
        if (!force && drop > 0) {
            BigInteger unit = Pow10.of(drop);
            BigInteger tail = approx.coeff.mod(unit);
            BigInteger slack = Pow10.of(Math.max(0, drop - Math.max(1, guard - 2)));
            BigInteger half = unit.shiftRight(1);
            if (tail.compareTo(slack) <= 0 || unit.subtract(tail).compareTo(slack) <= 0
                            || tail.subtract(half).abs().compareTo(slack) <= 0) {
                return null;
            }
        }
        Dec r = even.finish(approx);
        even.status |= DecConditions.INEXACT | DecConditions.ROUNDED;
        op.status |= even.status;
        return r;
    }

    static BigDecimal toBig(Dec a) {
        BigDecimal v = new BigDecimal(a.coeff, Math.toIntExact(-a.exp));
        return a.sign ? v.negate() : v;
    }
}
