package taipan.runtime.contextvars;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code contextvars.Context}: an immutable mapping of context variables to values, replaced as a whole on each
 * {@code ContextVar.set} (CPython keeps a HAMT; a copied map gives the same semantics for the few variables
 * programs hold), and entered by at most one thread at a time ({@code Context.run}).
 */
public final class PContext {
    /** Never mutated once published: readers on other threads see a whole mapping or the previous one. */
    private volatile Map<PContextVar, Object> vars;
    private boolean entered;
    /** The context that was current before {@code run} entered this one. */
    private PContext previous;

    public PContext() {
        this(Map.of());
    }

    private PContext(Map<PContextVar, Object> vars) {
        this.vars = vars;
    }

    public Map<PContextVar, Object> vars() {
        return vars;
    }

    public PContext copy() {
        return new PContext(vars);
    }

    public Object get(PContextVar var) {
        return vars.get(var);
    }

    /** Binds {@code var} to {@code value}, or unbinds it when {@code value} is null. */
    public void put(PContextVar var, Object value) {
        Map<PContextVar, Object> next = new LinkedHashMap<>(vars);
        if (value == null) {
            next.remove(var);
        } else {
            next.put(var, value);
        }
        vars = next;
    }

    public boolean isEntered() {
        return entered;
    }

    void enter(PContext outer) {
        entered = true;
        previous = outer;
    }

    PContext exit() {
        PContext outer = previous;
        entered = false;
        previous = null;
        return outer;
    }
}
