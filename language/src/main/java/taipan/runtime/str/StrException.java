package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python exception raised by a {@code str} operation: the Python class name and CPython's exact message; the
 * interpreter maps it onto the real exception object.
 */
public class StrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pythonType;

    protected StrException(String pythonType, String message) {
        // No stack trace: these are Python-level control flow, and the interpreter builds its own traceback.
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception class, e.g. {@code "ValueError"}. */
    public final String getPythonType() {
        return pythonType;
    }

    @TruffleBoundary
    public static StrException valueError(String message) {
        return new StrException("ValueError", message);
    }

    @TruffleBoundary
    public static StrException typeError(String message) {
        return new StrException("TypeError", message);
    }

    @TruffleBoundary
    public static StrException overflowError(String message) {
        return new StrException("OverflowError", message);
    }

    @TruffleBoundary
    public static StrException indexError(String message) {
        return new StrException("IndexError", message);
    }

    @TruffleBoundary
    public static StrException lookupError(String message) {
        return new StrException("LookupError", message);
    }

    @TruffleBoundary
    public static StrException memoryError() {
        return new StrException("MemoryError", "");
    }

    @TruffleBoundary
    public static StrException substringNotFound() {
        return new StrException("ValueError", StrErrorMessages.SUBSTRING_NOT_FOUND);
    }
}
