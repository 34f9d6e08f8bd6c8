package taipan.runtime.decimal;

import java.math.BigInteger;

/**
 * One operation's view of a context: its precision, rounding, exponent limits and clamp, and the conditions the
 * operation raised so far. The caller adds {@link #status} to the context's flags afterwards and raises what the
 * context traps (CPython's {@code dec_addstatus}).
 */
public final class DecOp {
    public final int prec;
    public final int rounding;
    public final long emin;
    public final long emax;
    public final boolean clamp;
    public int status;

    public DecOp(int prec, int rounding, long emin, long emax, boolean clamp) {
        this.prec = prec;
        this.rounding = rounding;
        this.emin = emin;
        this.emax = emax;
        this.clamp = clamp;
    }

    /** The same limits with another precision and rounding (for working precision in the elementary functions). */
    public DecOp with(int newPrec, int newRounding) {
        return new DecOp(newPrec, newRounding, emin, emax, clamp);
    }

    /** An unbounded context of {@code p} digits, for intermediate results. */
    public static DecOp unbounded(int p, int rounding) {
        return new DecOp(p, rounding, -999999999999999999L, 999999999999999999L, false);
    }

    public long etiny() {
        return emin - prec + 1;
    }

    public long etop() {
        return emax - prec + 1;
    }

    public Dec invalid(int condition) {
        status |= condition;
        return Dec.NAN_VALUE;
    }

    /** The NaN result of an operation with a NaN operand (an sNaN signals), or null when neither is one. */
    public Dec checkNaNs(Dec a, Dec b) {
        if (a.kind == Dec.SNAN || (b != null && b.kind == Dec.SNAN)) {
            status |= DecConditions.INVALID_OPERATION;
            return fixNaN(a.kind == Dec.SNAN ? a.quiet() : b.quiet());
        }
        if (a.kind == Dec.NAN) {
            return fixNaN(a);
        }
        if (b != null && b.kind == Dec.NAN) {
            return fixNaN(b);
        }
        return null;
    }

    /** A NaN's payload keeps at most prec - clamp digits. */
    private Dec fixNaN(Dec nan) {
        int max = prec - (clamp ? 1 : 0);
        if (nan.coeff.signum() != 0 && nan.digits() > max) {
            return Dec.nan(nan.sign, nan.coeff.mod(Pow10.of(max)));
        }
        return nan;
    }

    /** Rounds a finite result to the context: precision, overflow, underflow, subnormals, clamping. */
    public Dec finish(Dec x) {
        if (x.isSpecial()) {
            return x;
        }
        long etiny = etiny();
        long etop = etop();
        if (x.coeff.signum() == 0) {
            long max = clamp ? etop : emax;
            long e = Math.min(Math.max(x.exp, etiny), max);
            if (e != x.exp) {
                status |= DecConditions.CLAMPED;
                return Dec.finite(x.sign, BigInteger.ZERO, e);
            }
            return x;
        }
        int len = x.digits();
        long expMin = len + x.exp - prec;
        if (expMin > etop) {
            return overflow(x.sign);
        }
        boolean subnormal = expMin < etiny;
        if (subnormal) {
            expMin = etiny;
        }
        if (x.exp < expMin) {
            return roundBelow(x, len, expMin, subnormal);
        }
        if (subnormal) {
            status |= DecConditions.SUBNORMAL;
        }
        if (clamp && x.exp > etop) {
            status |= DecConditions.CLAMPED;
            return Dec.finite(x.sign, x.coeff.multiply(Pow10.of(x.exp - etop)), etop);
        }
        return x;
    }

    private Dec roundBelow(Dec x, int len, long expMin, boolean subnormal) {
        long drop = expMin - x.exp;
        BigInteger[] r = roundCoefficient(x.coeff, len, drop, rounding, x.sign);
        BigInteger coeff = r[0];
        boolean changed = r[1].signum() != 0;
        if (Dec.digits(coeff) > prec) {
            coeff = coeff.divide(BigInteger.TEN);
            expMin++;
        }
        if (expMin > etop()) {
            return overflow(x.sign);
        }
        if (changed && subnormal) {
            status |= DecConditions.UNDERFLOW;
        }
        if (subnormal) {
            status |= DecConditions.SUBNORMAL;
        }
        if (changed) {
            status |= DecConditions.INEXACT;
        }
        status |= DecConditions.ROUNDED;
        if (coeff.signum() == 0) {
            status |= DecConditions.CLAMPED;
        }
        return Dec.finite(x.sign, coeff, expMin);
    }

    private Dec overflow(boolean negative) {
        status |= DecConditions.OVERFLOW | DecConditions.INEXACT | DecConditions.ROUNDED;
        boolean toInfinity = switch (rounding) {
            case Rounding.HALF_UP, Rounding.HALF_EVEN, Rounding.HALF_DOWN, Rounding.UP -> true;
            case Rounding.CEILING -> !negative;
            case Rounding.FLOOR -> negative;
            default -> false;
        };
        if (toInfinity) {
            return Dec.infinity(negative);
        }
        return Dec.finite(negative, Pow10.of(prec).subtract(BigInteger.ONE), etop());
    }

    /**
     * Drops {@code drop} trailing digits of {@code coeff} (which has {@code len} digits), rounding by
     * {@code mode}: {the rounded coefficient, 1 if a non-zero part was dropped else 0}.
     */
    public static BigInteger[] roundCoefficient(BigInteger coeff, int len, long drop, int mode, boolean negative) {
        if (drop <= 0) {
            return new BigInteger[]{coeff, BigInteger.ZERO};
        }
        BigInteger q;
        int half;
        boolean inexact = coeff.signum() != 0;
        if (drop > len) {
            q = BigInteger.ZERO;
            half = -1;
        } else {
            BigInteger p = Pow10.of(drop);
            BigInteger[] qr = coeff.divideAndRemainder(p);
            q = qr[0];
            inexact = qr[1].signum() != 0;
            half = qr[1].shiftLeft(1).compareTo(p);
        }
        int last = q.mod(BigInteger.TEN).intValue();
        if (Rounding.roundsUp(mode, negative, last, half, inexact)) {
            q = q.add(BigInteger.ONE);
        }
        return new BigInteger[]{q, inexact ? BigInteger.ONE : BigInteger.ZERO};
    }

    /** {@code x} with exponent {@code e} exactly (more digits or rounded), no context limits ({@code _rescale}). */
    public Dec rescale(Dec x, long e, int mode) {
        if (x.isSpecial()) {
            return x;
        }
        if (x.coeff.signum() == 0) {
            return Dec.finite(x.sign, BigInteger.ZERO, e);
        }
        if (x.exp >= e) {
            return Dec.finite(x.sign, x.coeff.multiply(Pow10.of(x.exp - e)), e);
        }
        BigInteger[] r = roundCoefficient(x.coeff, x.digits(), e - x.exp, mode, x.sign);
        if (r[1].signum() != 0) {
            status |= DecConditions.INEXACT;
        }
        status |= DecConditions.ROUNDED;
        return Dec.finite(x.sign, r[0], e);
    }

    /** {@code x} rounded to {@code digits} significant digits by {@code mode}, no context limits. */
    public Dec roundDigits(Dec x, int digits, int mode) {
        if (x.isSpecial() || x.coeff.signum() == 0) {
            return x;
        }
        int len = x.digits();
        if (len <= digits) {
            return x;
        }
        Dec r = rescale(x, x.exp + len - digits, mode);
        if (r.digits() > digits) {
            r = Dec.finite(r.sign, r.coeff.divide(BigInteger.TEN), r.exp + 1);
        }
        return r;
    }
}
