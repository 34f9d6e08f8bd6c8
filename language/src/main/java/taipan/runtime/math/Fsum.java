package taipan.runtime.math;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * math.fsum: the exactly rounded sum of floats, by Shewchuk's non-overlapping partials as CPython's math_fsum (msum),
 * with its rules for infinities, NaNs and intermediate overflow. Feed values with {@link #add}, then call
 * {@link #result}; one instance sums one iterable.
 */
public final class Fsum {
    private double[] partials = new double[32];
    private int n;
    private double specialSum;
    private double infSum;

    public Fsum() {
    }

    /** Sums an array in one go. */
    public static double of(double... values) {
        Fsum sum = new Fsum();
        for (double v : values) {
            sum.add(v);
        }
        return sum.result();
    }

    public void add(double value) {
        double x = value;
        int i = 0;
        for (int j = 0; j < n; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!Double.isFinite(x)) {
                // A non-finite partial is either an overflow of finite summands or an inf/nan summand.
                if (Double.isFinite(value)) {
                    throw MathErrors.overflowError("intermediate overflow in fsum");
                }
                if (Double.isInfinite(value)) {
                    infSum += value;
                }
                specialSum += value;
                n = 0;
            } else {
                append(x);
            }
        }
    }

    private void append(double x) {
        if (n == partials.length) {
            grow();
        }
        partials[n++] = x;
    }

    @TruffleBoundary
    private void grow() {
        partials = Arrays.copyOf(partials, n * 2);
    }

    public double result() {
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw MathErrors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        int k = n;
        double hi = 0.0;
        double lo = 0.0;
        if (k > 0) {
            hi = partials[--k];
            // Sum from the top until the addition becomes inexact.
            while (k > 0) {
                double x = hi;
                double y = partials[--k];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Round half-even correctly: if the rest has the same sign as lo, the true sum lies past the halfway point.
            if (k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
