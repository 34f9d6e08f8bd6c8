package taipan.runtime.math;

/**
 * math.hypot and math.dist: CPython's vector_norm (Modules/mathmodule.c), which scales by a power of two, squares
 * and sums losslessly in double-double arithmetic and applies a differential correction to the square root, giving
 * almost always correctly rounded results.
 */
public final class VectorNorm {
    private VectorNorm() {
    }

    public static double hypot(double... coordinates) {
        double[] vec = new double[coordinates.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < vec.length; i++) {
            double x = Math.abs(coordinates[i]);
            vec[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return norm(vec, max, foundNan);
    }

    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) {
            throw MathErrors.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            diffs[i] = p[i] - q[i];
        }
        return hypot(diffs);
    }

    /** {@code vec} holds absolute values; {@code max} is the largest (infinite if any is). */
    static double norm(double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        } else if (foundNan) {
            return Double.NaN;
        } else if (max == 0.0 || vec.length <= 1) {
            return max;
        }
        int maxE = FloatFunctions.frexp(max).exponent();
        if (maxE < -1023) {
            // Subnormal maximum: 2**-maxE would overflow, so lift everything into the normal range first.
            double[] lifted = new double[vec.length];
            for (int i = 0; i < vec.length; i++) {
                lifted[i] = vec[i] / Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * norm(lifted, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        // csum starts at 1.0 so that it always dominates the addends (a branch-free Neumaier summation).
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double v : vec) {
            double x = v * scale;
            double sq = x * x;
            double sqLo = Math.fma(x, x, -sq);
            double hi = csum + sq;
            frac2 += (csum - hi) + sq;
            csum = hi;
            frac1 += sqLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double sq = -h * h;
        double sqLo = Math.fma(-h, h, -sq);
        double hi = csum + sq;
        frac2 += (csum - hi) + sq;
        csum = hi;
        frac1 += sqLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }
}
