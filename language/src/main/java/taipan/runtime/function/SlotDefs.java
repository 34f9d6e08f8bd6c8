package taipan.runtime.function;

import java.util.Set;

/**
 * Which special methods of built-in classes are CPython's slot wrappers ({@code wrapper_descriptor}, bound: a
 * {@code method-wrapper}) and their text signatures: the names of {@code slotdefs} in {@code Objects/typeobject.c}.
 */
public final class SlotDefs {

    private SlotDefs() {
    }

    private static final Set<String> UNARY = Set.of("__repr__", "__str__", "__hash__", "__iter__", "__next__",
                    "__len__", "__bool__", "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__",
                    "__index__", "__del__", "__await__", "__aiter__", "__anext__");

    private static final Set<String> BINARY = Set.of("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
                    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
                    "__divmod__", "__rdivmod__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
                    "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__floordiv__", "__rfloordiv__",
                    "__truediv__", "__rtruediv__", "__matmul__", "__rmatmul__", "__iadd__", "__isub__", "__imul__",
                    "__imod__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__", "__ifloordiv__",
                    "__itruediv__", "__imatmul__", "__ipow__");

    /**
     * Methods CPython's built-in classes define in {@code tp_methods} with {@code METH_COEXIST}, over their slot: they
     * stay method descriptors.
     */
    private static final Set<String> COEXISTING = Set.of("dict.__getitem__", "dict.__contains__", "list.__getitem__",
                    "set.__contains__", "frozenset.__contains__");

    /** Whether the method {@code qualifiedName} ({@code int.__add__}) of a built-in class is a slot wrapper. */
    public static boolean isSlotWrapper(String name, String qualifiedName) {
        return textSignature(name) != null && !COEXISTING.contains(qualifiedName);
    }

    /** CPython's {@code __text_signature__} of the slot wrapper {@code name}, or null when it is none. */
    public static String textSignature(String name) {
        if (UNARY.contains(name)) {
            return "($self, /)";
        } else if (BINARY.contains(name)) {
            return "($self, value, /)";
        }
        return switch (name) {
            case "__init__", "__call__" -> "($self, /, *args, **kwargs)";
            case "__getattribute__", "__delattr__" -> "($self, name, /)";
            case "__setattr__" -> "($self, name, value, /)";
            case "__getitem__", "__delitem__", "__contains__" -> "($self, key, /)";
            case "__setitem__" -> "($self, key, value, /)";
            case "__pow__", "__rpow__" -> "($self, value, mod=None, /)";
            case "__get__" -> "($self, instance, owner=None, /)";
            case "__set__" -> "($self, instance, value, /)";
            case "__delete__" -> "($self, instance, /)";
            case "__buffer__" -> "($self, flags, /)";
            case "__release_buffer__" -> "($self, buffer, /)";
            default -> null;
        };
    }

    /** How many arguments after the receiver the wrapper takes, or -1 for any ({@code __init__}, {@code __call__}). */
    public static int arity(String name) {
        String signature = textSignature(name);
        if (signature == null || signature.contains("*args")) {
            return -1;
        }
        return signature.contains("mod=None") ? -1 : (int) signature.chars().filter(c -> c == ',').count() - 1;
    }
}
