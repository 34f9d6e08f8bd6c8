package taipan.runtime.function;

/** {@code staticmethod(f)}: found on a class or an instance, it is {@code f} itself, unbound. */
public final class PStaticMethod {

    private final Object callable;

    public PStaticMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }
}
