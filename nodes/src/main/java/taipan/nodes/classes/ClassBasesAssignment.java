package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.MroException;
import taipan.runtime.type.PythonClass;

/** {@code cls.__bases__ = value}, with the checks of CPython's {@code type_set_bases} ({@code Objects/typeobject.c}). */
public final class ClassBasesAssignment {

    private ClassBasesAssignment() {
    }

    @TruffleBoundary
    public static void assign(Node location, PythonClass cls, Object value) {
        if (cls.isBuiltin()) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "cannot set '__bases__' attribute of immutable type '%s'", cls.getName());
        }
        if (!(value instanceof PTuple tuple)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "can only assign tuple to %s.__bases__, not %s",
                            cls.getName(), PythonErrors.typeName(location, value));
        }
        if (tuple.length() == 0) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "can only assign non-empty tuple to %s.__bases__, not ()", cls.getName());
        }
        PythonClass[] bases = new PythonClass[tuple.length()];
        for (int i = 0; i < bases.length; i++) {
            Object item = tuple.getItems()[i];
            if (!(item instanceof PythonClass base)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s.__bases__ must be tuple of classes, not '%s'",
                                cls.getName(), PythonErrors.typeName(location, item));
            } else if (base.isSubclassOf(cls)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "a __bases__ item causes an inheritance cycle");
            } else if (!ClassSlots.isBaseType(base)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "type '%s' is not an acceptable base type",
                                base.getName());
            }
            bases[i] = base;
        }
        try {
            cls.setBases(bases);
        } catch (MroException e) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s", e.getMessage());
        }
    }
}
