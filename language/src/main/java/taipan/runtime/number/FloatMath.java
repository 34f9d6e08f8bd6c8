package taipan.runtime.number;

/** Python {@code float} semantics that differ from Java's: floor division and modulo take the divisor's sign. */
public final class FloatMath {

    private FloatMath() {
    }

    /** CPython's {@code float_floor_div}; {@code b} is not zero. */
    public static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    /** CPython's {@code float_rem}; {@code b} is not zero. */
    public static double mod(double a, double b) {
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }
}
