package taipan.launcher;

/**
 * A command line {@code taipan} cannot run, with what CPython prints for it and its exit status (2 for usage
 * errors, as {@code Modules/main.c} does; 1 for the fatal configuration errors).
 */
final class UsageError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitStatus;
    private final boolean showUsage;

    private UsageError(String message, int exitStatus, boolean showUsage) {
        super(message, null, false, false);
        this.exitStatus = exitStatus;
        this.showUsage = showUsage;
    }

    /** A bad option: the message, then the short usage line and the hint to try {@code -h}; exit status 2. */
    static UsageError usage(String message) {
        return new UsageError(message, 2, true);
    }

    /** Something {@code taipan} cannot do (yet): just the message; exit status 2. */
    static UsageError unsupported(String message) {
        return new UsageError(message, 2, false);
    }

    /** A configuration CPython rejects as a fatal error at start-up; exit status 1. */
    static UsageError fatal(String message) {
        return new UsageError(message, 1, false);
    }

    int exitStatus() {
        return exitStatus;
    }

    boolean showUsage() {
        return showUsage;
    }
}
