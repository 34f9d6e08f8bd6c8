package taipan.runtime.contextvars;

/** {@code contextvars.Token}: what {@code ContextVar.set} returns, so {@code reset} can restore the old value once. */
public final class PContextToken {
    private final PContext context;
    private final PContextVar var;
    /** Null when the variable had no value ({@code Token.MISSING}). */
    private final Object oldValue;
    private boolean used;

    public PContextToken(PContext context, PContextVar var, Object oldValue) {
        this.context = context;
        this.var = var;
        this.oldValue = oldValue;
    }

    public PContext getContext() {
        return context;
    }

    public PContextVar getVar() {
        return var;
    }

    public Object getOldValue() {
        return oldValue;
    }

    public boolean isUsed() {
        return used;
    }

    public void markUsed() {
        used = true;
    }
}
