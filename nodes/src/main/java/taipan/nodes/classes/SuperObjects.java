package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.attribute.Descriptors;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PSuper;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** Making {@code super} objects and looking attributes up through them (CPython's {@code super_getattro}). */
public final class SuperObjects {

    private SuperObjects() {
    }

    /** {@code super(type, obj)}: obj must be an instance or a subclass of type. */
    @TruffleBoundary
    public static PSuper create(Node location, PythonClass type, Object object) {
        if (object instanceof PythonClass cls && cls.isSubclassOf(type)) {
            return new PSuper(type, object, cls);
        }
        PythonClass objectType = SpecialMethods.classOf(location, object);
        if (!objectType.isSubclassOf(type)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                            objectType.getName(), type.getName());
        }
        return new PSuper(type, object, objectType);
    }

    /** {@code super(...).name}: the MRO of the start type after {@code thisClass}, bound to the object. */
    @TruffleBoundary
    public static Object getAttribute(Node location, PSuper sup, String name) {
        PythonClass start = sup.getStartType();
        if (start != null && !name.equals("__class__")) {
            PythonClass[] mro = start.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != sup.getThisClass()) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object value = mro[i].getOwnAttribute(name);
                if (value != null) {
                    Object instance = sup.getObject() == start ? null : sup.getObject();
                    return Descriptors.bind(location, value, instance, start);
                }
            }
        }
        if (name.equals("__class__")) {
            return SpecialMethods.classOf(location, sup);
        } else if (name.equals("__thisclass__")) {
            return sup.getThisClass();
        } else if (name.equals("__self__")) {
            return sup.getObject() == null ? taipan.runtime.object.PNone.NONE : sup.getObject();
        } else if (name.equals("__self_class__")) {
            return sup.getStartType() == null ? taipan.runtime.object.PNone.NONE : sup.getStartType();
        }
        throw taipan.runtime.exception.AttributeErrors.raise(location, sup, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE, "super",
                        name);
    }
}
