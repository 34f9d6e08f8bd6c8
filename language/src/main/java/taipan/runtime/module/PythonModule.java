package taipan.runtime.module;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * A module object. Its namespace lives in the object's own properties, so a global read or write is a shape-checked
 * field access and an {@code int} stays an unboxed {@code long} in a primitive location.
 */
public final class PythonModule extends DynamicObject {

    private final String name;

    public PythonModule(Shape shape, String name) {
        super(shape);
        this.name = name;
    }

    /** The root shape of every module; one per language, shared by its contexts. */
    public static Shape createRootShape() {
        return Shape.newBuilder().layout(PythonModule.class, MethodHandles.lookup()).build();
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
