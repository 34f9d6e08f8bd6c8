package taipan.runtime.decimal;

/** The eight rounding modes, in libmpdec's order, with their Python names ({@code ROUND_HALF_EVEN}...). */
public final class Rounding {
    public static final int UP = 0;
    public static final int DOWN = 1;
    public static final int CEILING = 2;
    public static final int FLOOR = 3;
    public static final int HALF_UP = 4;
    public static final int HALF_DOWN = 5;
    public static final int HALF_EVEN = 6;
    public static final int ROUND_05UP = 7;

    public static final String[] NAMES = {"ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP",
                    "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"};

    private Rounding() {
    }

    /** The mode named {@code name}, or -1. */
    public static int of(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a truncated coefficient whose last kept digit is {@code lastDigit} goes up by one, given how the
     * dropped part compares with half a unit ({@code half}: -1 less, 0 exactly, 1 more) and whether it is non-zero.
     */
    public static boolean roundsUp(int mode, boolean negative, int lastDigit, int half, boolean inexact) {
        if (!inexact) {
            return false;
        }
        return switch (mode) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> !negative;
            case FLOOR -> negative;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && (lastDigit & 1) == 1);
            default -> lastDigit == 0 || lastDigit == 5;
        };
    }
}
