package taipan.runtime.sre;

/** A failure of the sre engine that the {@code _sre} module turns into the Python exception {@link #kind} names. */
public final class SreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which Python exception to raise. */
    public enum Kind {
        /** RuntimeError "invalid SRE code" from _validate. */
        INVALID_CODE,
        /** RuntimeError "internal error in regular expression engine". */
        INTERNAL,
        /** OverflowError "regular expression code size limit exceeded". */
        CODE_OVERFLOW,
        /** MemoryError. */
        MEMORY,
        /** The thread was interrupted while matching (CPython: a signal handler raised); the flag stays set. */
        INTERRUPTED,
        /** TypeError "invalid template". */
        INVALID_TEMPLATE,
        /** IndexError "no such group". */
        NO_SUCH_GROUP
    }

    private final Kind kind;

    public SreException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static SreException invalidCode() {
        return new SreException(Kind.INVALID_CODE, "invalid SRE code");
    }

    static SreException internal() {
        return new SreException(Kind.INTERNAL, "internal error in regular expression engine");
    }
}
