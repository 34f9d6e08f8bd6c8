package taipan.runtime.format;

/**
 * A Python exception raised by the formatting library, carrying CPython's exception class name and exact message;
 * the interpreter maps it to the real Python exception.
 */
public final class FormatError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public FormatError(String pythonType, String message) {
        // No stack trace: these are ordinary Python-level outcomes, and filling one in is costly.
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception class name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    static FormatError typeError(String message) {
        return new FormatError("TypeError", message);
    }

    static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
