package taipan.runtime.object;

import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user subclass of a built-in class other than {@code object} ({@code class L(list)},
 * {@code class I(int)}): the built-in value it stands for, plus a {@link PythonObject}'s class and attributes. The
 * built-in class's methods get {@link #getValue()} as their receiver.
 */
public final class PBuiltinSubclassObject extends PythonObject {

    private final Object value;

    public PBuiltinSubclassObject(Shape shape, Object value) {
        super(shape);
        this.value = value;
    }

    /** The built-in value ({@code PList}, {@code PDict}, a {@code long}, a {@code TruffleString}, ...). */
    public Object getValue() {
        return value;
    }

    /** The built-in value of a subclass instance, else the object itself. */
    public static Object unwrap(Object object) {
        return object instanceof PBuiltinSubclassObject o ? o.value : object;
    }
}
