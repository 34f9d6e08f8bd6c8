package taipan.runtime.math;

/** The constants of the {@code math} and {@code cmath} modules (cmath's infj and nanj are in {@link ComplexMath}). */
public final class MathConstants {
    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2.0 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;

    private MathConstants() {
    }
}
