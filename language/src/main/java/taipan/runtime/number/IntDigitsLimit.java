package taipan.runtime.number;

import taipan.runtime.format.IntText;

/**
 * {@code sys.set_int_max_str_digits}: the limit on decimal digits in int/str conversions (CPython's
 * {@code PyConfig.int_max_str_digits}, 4300 by default, 0 for none). One value per process for now; CPython keeps
 * it per interpreter.
 */
public final class IntDigitsLimit {

    /** The smallest non-zero limit CPython accepts ({@code sys.int_info.str_digits_check_threshold}). */
    public static final int THRESHOLD = 640;

    /** Volatile: a new limit set by one thread is seen by conversions in every other at once. */
    private static volatile int limit = IntText.DEFAULT_MAX_STR_DIGITS;

    private IntDigitsLimit() {
    }

    public static int get() {
        return limit;
    }

    public static void set(int value) {
        limit = value;
    }
}
