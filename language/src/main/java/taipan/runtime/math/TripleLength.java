package taipan.runtime.math;

/**
 * A float accumulator three doubles wide (hi + lo + tiny), as CPython's sumprod uses for dot products of floats:
 * each product is split exactly with fma and summed with error-free transformations, so only the final
 * {@link #toDouble} rounds.
 */
record TripleLength(double hi, double lo, double tiny) {
    static final TripleLength ZERO = new TripleLength(0.0, 0.0, 0.0);

    /** this + x*y. */
    TripleLength fma(double x, double y) {
        double prHi = x * y;
        double prLo = Math.fma(x, y, -prHi);
        double smHi = hi + prHi;
        double smLo = twoSumLo(hi, prHi, smHi);
        double r1Hi = lo + prLo;
        double r1Lo = twoSumLo(lo, prLo, r1Hi);
        double r2Hi = r1Hi + smLo;
        double r2Lo = twoSumLo(r1Hi, smLo, r2Hi);
        return new TripleLength(smHi, r2Hi, tiny + r1Lo + r2Lo);
    }

    double toDouble() {
        double lastHi = lo + hi;
        double lastLo = twoSumLo(lo, hi, lastHi);
        return tiny + lastLo + lastHi;
    }

    /** Knuth's two-sum: the rounding error of {@code s = a + b}, whatever their magnitudes. */
    private static double twoSumLo(double a, double b, double s) {
        double aa = s - b;
        double bb = s - aa;
        return (a - aa) + (b - bb);
    }
}
