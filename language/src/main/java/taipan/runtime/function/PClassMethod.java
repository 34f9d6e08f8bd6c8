package taipan.runtime.function;

/** {@code classmethod(f)}: found on a class or an instance, it binds {@code f} to the class. */
public final class PClassMethod {

    private final Object callable;

    public PClassMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }
}
