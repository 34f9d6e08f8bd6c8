package taipan.runtime.decimal;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A {@code decimal.Decimal} instance (or an instance of a subclass): an immutable {@link Dec}. */
public final class PDecimal extends PythonObject {
    private final Dec value;

    public PDecimal(Shape shape, Dec value) {
        super(shape);
        this.value = value;
    }

    public Dec getValue() {
        return value;
    }
}
