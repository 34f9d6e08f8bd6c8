package taipan.runtime.object;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.type.PythonClass;

/**
 * An instance of a user class (or of {@code object}): its attributes are the object's own properties, so an
 * attribute access is a shape check and a field load. The shape's dynamic type is the object's class.
 */
public class PythonObject extends DynamicObject {

    // In-object storage for the first attributes (Truffle lays properties out in these fields before it falls back
    // to extension arrays): a small instance such as a 3-float vector is then one allocation, and reading or
    // writing an attribute touches no second array. Primitive ints and floats go in the long fields unboxed.
    @DynamicField private Object o0;
    @DynamicField private Object o1;
    @DynamicField private Object o2;
    @DynamicField private Object o3;
    @DynamicField private Object o4;
    @DynamicField private Object o5;
    @DynamicField private long p0;
    @DynamicField private long p1;
    @DynamicField private long p2;
    @DynamicField private long p3;

    public PythonObject(Shape shape) {
        super(shape);
    }

    /** The root shape of instances of {@code cls}; one per class. */
    public static Shape createRootShape(PythonClass cls) {
        return Shape.newBuilder().layout(PythonObject.class, MethodHandles.lookup()).dynamicType(cls).build();
    }

    /** The object's class (its {@code __class__}). */
    public final PythonClass getPythonClass() {
        return (PythonClass) getShape().getDynamicType();
    }

    @Override
    public String toString() {
        return "<" + getPythonClass().getName() + " object>";
    }
}
