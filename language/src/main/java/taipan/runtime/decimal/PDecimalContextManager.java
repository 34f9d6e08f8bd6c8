package taipan.runtime.decimal;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** What {@code localcontext()} returns: enters a context, and on exit restores the one current before. */
public final class PDecimalContextManager extends PythonObject {
    public final PDecimalContext local;
    public PDecimalContext saved;

    public PDecimalContextManager(Shape shape, PDecimalContext local) {
        super(shape);
        this.local = local;
    }
}
