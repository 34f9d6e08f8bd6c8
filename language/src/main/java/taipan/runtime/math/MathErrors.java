package taipan.runtime.math;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.format.FormatError;

/** The one factory for the Python exceptions the math library raises, worded as CPython 3.13 words them. */
public final class MathErrors {
    static final String DOMAIN = "math domain error";
    static final String RANGE = "math range error";

    private MathErrors() {
    }

    /** ValueError("math domain error"): CPython's EDOM. */
    @TruffleBoundary
    public static FormatError domain() {
        return new FormatError("ValueError", DOMAIN);
    }

    /** OverflowError("math range error"): CPython's ERANGE on overflow. */
    @TruffleBoundary
    public static FormatError range() {
        return new FormatError("OverflowError", RANGE);
    }

    @TruffleBoundary
    public static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    @TruffleBoundary
    public static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }

    @TruffleBoundary
    public static FormatError zeroDivision() {
        return new FormatError("ZeroDivisionError", "float division by zero");
    }
}
