package taipan.runtime.decimal;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A context's {@code flags} or {@code traps}: a mapping from signal classes to bools over the context's bits. */
public final class PSignalDict extends PythonObject {
    private final PDecimalContext context;
    private final boolean traps;

    public PSignalDict(Shape shape, PDecimalContext context, boolean traps) {
        super(shape);
        this.context = context;
        this.traps = traps;
    }

    public int get() {
        return traps ? context.traps : context.flags;
    }

    public void set(int bits) {
        if (traps) {
            context.traps = bits;
        } else {
            context.flags = bits;
        }
    }
}
