package taipan.runtime.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic float samples for the oracle tables: special values, edge values and seeded random magnitudes. */
final class Samples {
    private Samples() {
    }

    static final double[] SPECIAL = {
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, Double.MIN_VALUE, Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Math.PI, Math.E, 0.1, 3.5, -3.5, 10.0, 100.0, 710.0, -745.5, 1e10, 1e-10, 0.9999999999999999, 1.0000000000000002};

    /** The special values plus {@code count} random ones between 10**-lo and 10**hi, of both signs. */
    static List<Double> mixed(long seed, int count, double lo, double hi) {
        List<Double> out = new ArrayList<>();
        for (double d : SPECIAL) {
            out.add(d);
        }
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) {
            double mag = Math.pow(10, lo + (hi - lo) * r.nextDouble()) * (1 + r.nextDouble());
            out.add(r.nextBoolean() ? mag : -mag);
        }
        return out;
    }
}
