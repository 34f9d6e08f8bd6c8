package taipan.runtime.decimal;

/**
 * The conditions an operation can raise, as libmpdec's status bits ({@code MPD_Clamped}...), and the Python
 * signals they map to. {@code FLOAT_OPERATION} takes libmpdec's unused {@code MPD_Not_implemented} bit, as
 * CPython's {@code _decimal} does.
 */
public final class DecConditions {
    public static final int CLAMPED = 1;
    public static final int CONVERSION_SYNTAX = 2;
    public static final int DIVISION_BY_ZERO = 4;
    public static final int DIVISION_IMPOSSIBLE = 8;
    public static final int DIVISION_UNDEFINED = 16;
    public static final int FPU_ERROR = 32;
    public static final int INEXACT = 64;
    public static final int INVALID_CONTEXT = 128;
    public static final int INVALID_OPERATION = 256;
    public static final int MALLOC_ERROR = 512;
    public static final int FLOAT_OPERATION = 1024;
    public static final int OVERFLOW = 2048;
    public static final int ROUNDED = 4096;
    public static final int SUBNORMAL = 8192;
    public static final int UNDERFLOW = 16384;

    /** Every bit that the {@code InvalidOperation} signal stands for. */
    public static final int IEEE_INVALID = CONVERSION_SYNTAX | DIVISION_IMPOSSIBLE | DIVISION_UNDEFINED | FPU_ERROR |
                    INVALID_CONTEXT | INVALID_OPERATION | MALLOC_ERROR;

    /** The signals in CPython's {@code signal_map} order (flags dict order, which exception a trap raises). */
    public static final String[] SIGNAL_NAMES = {"InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow",
                    "Underflow", "Subnormal", "Inexact", "Rounded", "Clamped"};
    public static final int[] SIGNAL_BITS = {IEEE_INVALID, FLOAT_OPERATION, DIVISION_BY_ZERO, OVERFLOW, UNDERFLOW,
                    SUBNORMAL, INEXACT, ROUNDED, CLAMPED};

    /** The InvalidOperation conditions in CPython's {@code cond_map} order (the list a trap's exception carries). */
    public static final String[] CONDITION_NAMES = {"InvalidOperation", "ConversionSyntax", "DivisionImpossible",
                    "DivisionUndefined", "InvalidContext"};
    public static final int[] CONDITION_BITS = {INVALID_OPERATION, CONVERSION_SYNTAX, DIVISION_IMPOSSIBLE,
                    DIVISION_UNDEFINED, INVALID_CONTEXT};

    /** The signal names in libmpdec's bit order, as a context's repr lists them. */
    public static final String[] REPR_ORDER = {"Clamped", "InvalidOperation", "DivisionByZero", "Inexact",
                    "FloatOperation", "Overflow", "Rounded", "Subnormal", "Underflow"};
    public static final int[] REPR_BITS = {CLAMPED, IEEE_INVALID, DIVISION_BY_ZERO, INEXACT, FLOAT_OPERATION,
                    OVERFLOW, ROUNDED, SUBNORMAL, UNDERFLOW};

    private DecConditions() {
    }

    /** The bits of the signal named {@code name}, or 0. */
    public static int signalBits(String name) {
        for (int i = 0; i < SIGNAL_NAMES.length; i++) {
            if (SIGNAL_NAMES[i].equals(name)) {
                return SIGNAL_BITS[i];
            }
        }
        return 0;
    }
}
