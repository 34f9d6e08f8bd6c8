package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PMemberDescriptor;

/**
 * A {@code __slots__} member's value in an instance: kept among the instance's own properties under a key of its
 * own, so a slot and an instance-dict attribute of the same name never meet.
 */
final class Slots {

    private Slots() {
    }

    private static Object key(PMemberDescriptor m) {
        return m;
    }

    @TruffleBoundary
    static Object get(Node location, PMemberDescriptor m, Object instance) {
        Object value = instance instanceof PythonObject o ? DynamicObjectLibrary.getUncached().getOrDefault(o, key(m),
                        null) : null;
        if (value == null) {
            throw taipan.runtime.exception.AttributeErrors.raise(location, instance, m.getName(), ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            SpecialMethods.classOf(location, instance).getName(), m.getName());
        }
        return value;
    }

    @TruffleBoundary
    static void set(Node location, PMemberDescriptor m, Object instance, Object value) {
        check(location, m, instance);
        DynamicObjectLibrary.getUncached().put((PythonObject) instance, key(m), value);
    }

    @TruffleBoundary
    static void delete(Node location, PMemberDescriptor m, Object instance) {
        check(location, m, instance);
        if (!DynamicObjectLibrary.getUncached().removeKey((PythonObject) instance, key(m))) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "%s", m.getName());
        }
    }

    private static void check(Node location, PMemberDescriptor m, Object instance) {
        if (!(instance instanceof PythonObject) || !SpecialMethods.classOf(location, instance).isSubclassOf(m.getOwner())) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.getName(),
                            m.getOwner().getName(), PythonErrors.typeName(location, instance));
        }
    }
}
