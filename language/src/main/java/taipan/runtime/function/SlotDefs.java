package taipan.runtime.function;

import java.util.Map;
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

    /** The operator of each binary slot: its docs read {@code Return self+value.} and {@code Return value+self.}. */
    private static final Map<String, String> OPERATORS = Map.ofEntries(Map.entry("lt", "<"), Map.entry("le", "<="), Map.entry("eq", "=="), Map.entry("ne", "!="), Map.entry("gt", ">"), Map.entry("ge", ">="), Map.entry("add", "+"), Map.entry("sub", "-"), Map.entry("mul", "*"), Map.entry("mod", "%"), Map.entry("lshift", "<<"), Map.entry("rshift", ">>"), Map.entry("and", "&"), Map.entry("xor", "^"), Map.entry("or", "|"), Map.entry("floordiv", "//"), Map.entry("truediv", "/"), Map.entry("matmul", "@"));

    /** The docs of the slots that are not binary operators, as {@code slotdefs} words them. */
    private static final Map<String, String> DOCS = Map.ofEntries(
                    Map.entry("__repr__", "Return repr(self)."), Map.entry("__str__", "Return str(self)."),
                    Map.entry("__hash__", "Return hash(self)."), Map.entry("__iter__", "Implement iter(self)."),
                    Map.entry("__next__", "Implement next(self)."), Map.entry("__len__", "Return len(self)."),
                    Map.entry("__bool__", "True if self else False"), Map.entry("__neg__", "-self"),
                    Map.entry("__pos__", "+self"), Map.entry("__abs__", "abs(self)"), Map.entry("__invert__", "~self"),
                    Map.entry("__int__", "int(self)"), Map.entry("__float__", "float(self)"),
                    Map.entry("__index__", "Return self converted to an integer, if self is suitable for use as an index into a list."),
                    Map.entry("__del__", "Called when the instance is about to be destroyed."),
                    Map.entry("__await__", "Return an iterator to be used in await expression."),
                    Map.entry("__aiter__", "Return an awaitable, that resolves in asynchronous iterator."),
                    Map.entry("__anext__", "Return a value or raise StopAsyncIteration."),
                    Map.entry("__divmod__", "Return divmod(self, value)."), Map.entry("__rdivmod__", "Return divmod(value, self)."),
                    // the sequence slots sq_inplace_concat and sq_inplace_repeat: what list, bytearray and deque have
                    Map.entry("__iadd__", "Implement self+=value."), Map.entry("__imul__", "Implement self*=value."),
                    Map.entry("__init__", "Initialize self.  See help(type(self)) for accurate signature."),
                    Map.entry("__call__", "Call self as a function."), Map.entry("__getattribute__", "Return getattr(self, name)."),
                    Map.entry("__delattr__", "Implement delattr(self, name)."),
                    Map.entry("__setattr__", "Implement setattr(self, name, value)."), Map.entry("__getitem__", "Return self[key]."),
                    Map.entry("__delitem__", "Delete self[key]."), Map.entry("__contains__", "Return bool(key in self)."),
                    Map.entry("__setitem__", "Set self[key] to value."), Map.entry("__pow__", "Return pow(self, value, mod)."),
                    Map.entry("__rpow__", "Return pow(value, self, mod)."), Map.entry("__ipow__", "Return self**=value."),
                    Map.entry("__get__", "Return an attribute of instance, which is of type owner."),
                    Map.entry("__set__", "Set an attribute of instance to value."),
                    Map.entry("__delete__", "Delete an attribute of instance."),
                    Map.entry("__buffer__", "Return a buffer object that exposes the underlying memory of the object."),
                    Map.entry("__release_buffer__", "Release the buffer object that exposes the underlying memory of the object."));

    /**
     * CPython's {@code __doc__} of the slot wrapper {@code name} (the text after its signature in {@code slotdefs}),
     * or null when it is none.
     */
    public static String doc(String name) {
        String doc = DOCS.get(name);
        if (doc != null || !BINARY.contains(name)) {
            return doc;
        }
        String bare = name.substring(2, name.length() - 2);
        if (OPERATORS.containsKey(bare)) {
            return "Return self" + OPERATORS.get(bare) + "value.";
        } else if (bare.startsWith("r") && OPERATORS.containsKey(bare.substring(1))) {
            return "Return value" + OPERATORS.get(bare.substring(1)) + "self.";
        } else if (bare.startsWith("i") && OPERATORS.containsKey(bare.substring(1))) {
            return "Return self" + OPERATORS.get(bare.substring(1)) + "=value.";
        }
        return null;
    }

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
