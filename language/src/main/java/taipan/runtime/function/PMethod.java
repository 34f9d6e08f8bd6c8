package taipan.runtime.function;

/**
 * A Python function bound to a receiver ({@code obj.method} as a value); CPython's {@code method}. Calls of the form
 * {@code obj.method(args)} never create one.
 */
public final class PMethod {

    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    /** The callable the receiver is bound to (usually a {@link PFunction}). */
    public Object getFunction() {
        return function;
    }

    @Override
    public String toString() {
        String name = function instanceof PFunction f ? f.getName() : String.valueOf(function);
        return "<bound method " + name + ">";
    }
}
