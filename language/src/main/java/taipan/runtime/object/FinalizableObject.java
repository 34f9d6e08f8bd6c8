package taipan.runtime.object;

import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a class that defines {@code __del__}. Java has no reference counts, so the method runs after the
 * collector finds the object unreachable (as on PyPy), once (PEP 442), on a guest thread: the JVM's finalization
 * hands the object, still whole, to its context's {@link Finalizers}. Only such classes pay for finalization.
 */
public final class FinalizableObject extends PythonObject {
    private final Finalizers finalizers;

    public FinalizableObject(Shape shape, Finalizers finalizers) {
        super(shape);
        this.finalizers = finalizers;
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        finalizers.enqueue(this);
    }
}
