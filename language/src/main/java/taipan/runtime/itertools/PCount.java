package taipan.runtime.itertools;

import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/** {@code count(start, step)}: start, start + step, ... forever; the next node adds the step. */
public final class PCount extends PItertoolsIterator {

    private static final java.lang.invoke.VarHandle CURRENT;

    static {
        try {
            CURRENT = java.lang.invoke.MethodHandles.lookup().findVarHandle(PCount.class, "current", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Object current;
    private final Object step;

    public PCount(Object start, Object step) {
        this.current = start;
        this.step = step;
    }

    public Object getCurrent() {
        return current;
    }

    public void setCurrent(Object current) {
        this.current = current;
    }

    /** Advances from {@code expected} to {@code next} unless another thread advanced first (shared counters). */
    public boolean advance(Object expected, Object next) {
        return CURRENT.compareAndSet(this, expected, next);
    }

    public Object getStep() {
        return step;
    }

    /** CPython's {@code count_repr}: the step is shown unless it is the int 1. */
    @Override
    public String repr() {
        boolean defaultStep = step instanceof Long l && l == 1;
        return "count(" + Repr.repr(current) + (defaultStep ? "" : ", " + Repr.repr(step)) + ")";
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.ITERTOOLS_COUNT;
    }
}
