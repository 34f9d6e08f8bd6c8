package taipan.nodes.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PMemberDescriptor;
import taipan.runtime.type.PythonClass;

/**
 * A new class's {@code __slots__} (CPython's {@code type_new_slots}): the names, checked and mangled, become member
 * descriptors in the class dict; without {@code __dict__} among them (and in every base) instances get no dict.
 */
final class ClassSlots {

    private static final ClassSlots NONE = new ClassSlots(null, new String[0], new Object[0], true);

    /** Null when the class has no {@code __slots__}. */
    private final String[] names;
    private final Object[] docs;
    private final boolean withDict;
    /** Whether instances can be weakly referenced (no {@code __slots__}, {@code __weakref__} among them, or a base's). */
    private final boolean withWeakref;

    private ClassSlots(Boolean withDict, String[] names, Object[] docs, boolean withWeakref) {
        this.names = withDict == null ? null : names;
        this.docs = docs;
        this.withDict = withDict == null || withDict;
        this.withWeakref = withWeakref;
    }

    /** Built-in classes a class statement may not derive from (CPython's types without Py_TPFLAGS_BASETYPE). */
    static boolean isBaseType(PythonClass base) {
        BuiltinType t = base.getBuiltinType();
        return t == null || switch (t) {
            case BOOL, NONE_TYPE, SLICE, RANGE, FUNCTION, GENERATOR, CELL, CODE, METHOD, BUILTIN_FUNCTION,
                            METHOD_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, METHOD_WRAPPER, FRAME_LOCALS_PROXY,
                            NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, MEMBER_DESCRIPTOR, GETSET_DESCRIPTOR, MAPPING_PROXY, DICT_KEYS, DICT_VALUES,
                            DICT_ITEMS, CALLABLE_ITERATOR, LIST_ITERATOR, TUPLE_ITERATOR, RANGE_ITERATOR, SET_ITERATOR ->
                false;
            default -> true;
        };
    }

    @TruffleBoundary
    static ClassSlots of(Node location, String className, PythonClass[] bases, Map<String, Object> dict) {
        Object slots = dict.get("__slots__");
        if (slots == null) {
            return NONE;
        }
        Object[] items = slotItems(location, slots);
        List<String> names = new ArrayList<>();
        List<Object> docs = new ArrayList<>();
        boolean withDict = false;
        boolean withWeakref = false;
        for (Object item : items) {
            if (!(item instanceof TruffleString s)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__slots__ items must be strings, not '%s'",
                                PythonErrors.typeName(location, item));
            }
            String name = s.toJavaStringUncached();
            if (!isIdentifier(name)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__slots__ must be identifiers");
            }
            if (name.equals("__dict__")) {
                if (withDict || basesHaveDict(bases)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                    "__dict__ slot disallowed: we already got one");
                }
                withDict = true;
                continue;
            } else if (name.equals("__weakref__")) {
                if (withWeakref || ClassLayouts.basesHaveWeakref(bases)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                    "__weakref__ slot disallowed: we already got one");
                }
                withWeakref = true;
                continue;
            }
            String mangled = mangle(className, name);
            if (dict.containsKey(mangled)) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR,
                                "'%s' in __slots__ conflicts with class variable", name);
            }
            names.add(mangled);
            docs.add(PNone.NONE);
        }
        checkSolidBase(location, bases, names);
        return new ClassSlots(withDict || basesHaveDict(bases), names.toArray(new String[0]), docs.toArray(),
                        withWeakref || ClassLayouts.basesHaveWeakref(bases));
    }

    private static void checkSolidBase(Node location, PythonClass[] bases, List<String> names) {
        for (PythonClass base : bases) {
            BuiltinType solid = base.getSolidBase();
            if (!names.isEmpty() && (solid == BuiltinType.INT || solid == BuiltinType.TUPLE ||
                            solid == BuiltinType.BYTES)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "nonempty __slots__ not supported for subtype of '%s'", solid.getPythonName());
            }
        }
    }

    private static Object[] slotItems(Node location, Object slots) {
        if (slots instanceof TruffleString) {
            return new Object[]{slots};
        }
        PythonClass tuple = taipan.language.TaipanLanguage.get(location).getBuiltinClass(BuiltinType.TUPLE);
        return ((PTuple) SlowCall.call(location, tuple, new Object[]{slots})).getItems();
    }

    boolean hasDict() {
        return withDict;
    }

    boolean hasWeakref() {
        return withWeakref;
    }

    /** Instances of the bases already have a dict: some base is not slotted (object itself is not counted). */
    private static boolean basesHaveDict(PythonClass[] bases) {
        return ClassLayouts.basesHaveDictSlot(bases);
    }

    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0)) || name.charAt(0) == '$') {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && c != '$');
    }

    /** Puts the member descriptors into the new class and takes away the instance dict if the slots say so. */
    @TruffleBoundary
    void install(PythonClass cls) {
        if (!withWeakref || !ClassLayouts.weakrefable(cls.getSolidBase())) {
            cls.setNoInstanceWeakref();
        }
        if (names == null) {
            return;
        }
        for (int i = 0; i < names.length; i++) {
            cls.writeAttribute(names[i], new PMemberDescriptor(names[i], cls, docs[i]));
        }
        if (names.length > 0) {
            cls.setAddsSlots();
        }
        if (!withDict) {
            cls.setNoInstanceDict();
        }
    }
}
