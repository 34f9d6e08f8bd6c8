package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code obj.__class__ = cls} (CPython's {@code object_set_class}): only between user classes of one layout. */
final class ClassAssignment {

    private ClassAssignment() {
    }

    @TruffleBoundary
    static void assign(Node location, Object object, PythonClass cls, Object value) {
        if (!(value instanceof PythonClass target)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__class__ must be set to a class, not '%s' object",
                            PythonErrors.typeName(location, value));
        }
        if (!(object instanceof PythonObject o) || cls.isBuiltin() || target.isBuiltin()) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (target.getSolidBase() != cls.getSolidBase() || target.hasInstanceDict() != cls.hasInstanceDict()
                        || o.getClass() != PythonObject.class && !target.isSubclassOf(cls) && !cls.isSubclassOf(target)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "__class__ assignment: '%s' object layout differs from '%s'", target.getName(), cls.getName());
        }
        synchronized (o) {
            DynamicObjectLibrary.getUncached().setDynamicType(o, target);
        }
    }
}
