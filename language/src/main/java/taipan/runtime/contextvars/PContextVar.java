package taipan.runtime.contextvars;

/** {@code contextvars.ContextVar}: a name and an optional default; values live in the contexts. */
public final class PContextVar {
    private final Object name;
    /** Null when the variable was made without a default. */
    private final Object defaultValue;

    public PContextVar(Object name, Object defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    public Object getName() {
        return name;
    }

    public Object getDefault() {
        return defaultValue;
    }
}
