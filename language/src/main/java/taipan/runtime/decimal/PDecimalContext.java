package taipan.runtime.decimal;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * A {@code decimal.Context}: precision, rounding, exponent limits, capitals, clamp, and the flags and traps as
 * condition bits ({@link DecConditions}). Contexts are meant to be used by one thread at a time, as CPython's.
 */
public final class PDecimalContext extends PythonObject {
    public static final long MAX_PREC = 999999999999999999L;
    public static final long MAX_EMAX = 999999999999999999L;
    public static final long MIN_EMIN = -999999999999999999L;

    public int prec = 28;
    public int rounding = Rounding.HALF_EVEN;
    public long emin = -999999;
    public long emax = 999999;
    public int capitals = 1;
    public boolean clamp;
    public int flags;
    public int traps = DecConditions.IEEE_INVALID | DecConditions.DIVISION_BY_ZERO | DecConditions.OVERFLOW;

    /** DefaultContext, BasicContext, ExtendedContext: setcontext installs a copy. */
    public boolean template;

    public PDecimalContext(Shape shape) {
        super(shape);
    }

    /** The operation state for one call under this context. */
    public DecOp op() {
        return new DecOp(prec, rounding, emin, emax, clamp);
    }

    /** As {@link #op()} with another rounding mode. */
    public DecOp op(int mode) {
        return new DecOp(prec, mode, emin, emax, clamp);
    }

    public void copyFrom(PDecimalContext other) {
        prec = other.prec;
        rounding = other.rounding;
        emin = other.emin;
        emax = other.emax;
        capitals = other.capitals;
        clamp = other.clamp;
        flags = other.flags;
        traps = other.traps;
    }

    /** Adds an operation's conditions to the flags; returns those the context traps (0: none). */
    public int addStatus(int status) {
        flags |= status;
        return status & traps;
    }
}
