package taipan.nodes.classes;

import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * What a new class's bases already give its instances (CPython's {@code tp_dictoffset}/{@code tp_weaklistoffset}),
 * which decides whether {@code type.__new__} adds the {@code __dict__} and {@code __weakref__} descriptors.
 */
final class ClassLayouts {

    private ClassLayouts() {
    }

    /** Some base's instances already have a dict: a user class with one, or a built-in type that has one. */
    static boolean basesHaveDictSlot(PythonClass[] bases) {
        for (PythonClass base : bases) {
            if (base.isBuiltin() ? builtinHasDict(base.getSolidBase()) : base.hasInstanceDict()) {
                return true;
            }
        }
        return false;
    }

    /** Some base's instances can already be weakly referenced. */
    static boolean basesHaveWeakref(PythonClass[] bases) {
        for (PythonClass base : bases) {
            if (base.isBuiltin() ? builtinHasWeakref(base.getSolidBase()) : base.hasInstanceWeakref()) {
                return true;
            }
        }
        return false;
    }

    /** Variable-sized built-in layouts ({@code int}, {@code tuple}, {@code bytes}) leave no room for a weakref list. */
    static boolean weakrefable(BuiltinType solidBase) {
        return solidBase != BuiltinType.INT && solidBase != BuiltinType.BOOL && solidBase != BuiltinType.TUPLE
                        && solidBase != BuiltinType.BYTES;
    }

    private static boolean builtinHasDict(BuiltinType type) {
        return type.isException() || type == BuiltinType.TYPE || type == BuiltinType.FUNCTION
                        || type == BuiltinType.MODULE;
    }

    private static boolean builtinHasWeakref(BuiltinType type) {
        return type == BuiltinType.TYPE || type == BuiltinType.FUNCTION || type == BuiltinType.MODULE
                        || type == BuiltinType.SET || type == BuiltinType.FROZENSET;
    }
}
