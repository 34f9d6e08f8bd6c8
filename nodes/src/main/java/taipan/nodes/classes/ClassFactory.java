package taipan.nodes.classes;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.Descriptors;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PStaticMethod;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.module.PythonModule;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.MroException;
import taipan.runtime.type.PGetSetDescriptor;
import taipan.runtime.type.PythonClass;

/**
 * {@code type.__new__(mcs, name, bases, ns, **kwargs)}, the one place classes are made (class statements reach it
 * through their metaclass, {@code type(name, bases, dict)} directly): picks the most derived metaclass, copies the
 * namespace, fills the {@code __class__} cell, then runs {@code __set_name__} and {@code __init_subclass__}.
 */
public final class ClassFactory {

    private ClassFactory() {
    }

    @TruffleBoundary
    public static Object typeNew(Node location, PythonClass mcs, Object nameValue, Object basesValue, Object nsValue,
                    String[] keywordNames, Object[] keywords) {
        if (!(nameValue instanceof TruffleString name)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "type.__new__() argument 1 must be str, not %s",
                            PythonErrors.typeName(location, nameValue));
        }
        if (!(basesValue instanceof PTuple basesTuple)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "type.__new__() argument 2 must be tuple, not %s", PythonErrors.typeName(location, basesValue));
        }
        if (!(nsValue instanceof PDict ns)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "type.__new__() argument 3 must be dict, not %s",
                            PythonErrors.typeName(location, nsValue));
        }
        PythonClass[] bases = classBases(location, basesTuple.getItems());
        PythonClass winner = calculateMetaclass(location, mcs, bases);
        if (winner != mcs) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew instanceof PStaticMethod s && s.getCallable() instanceof PFunction) {
                Object[] args = {winner, nameValue, basesValue, nsValue};
                return SlowCall.call(location, s.getCallable(), args, keywordNames, keywords);
            }
        }
        return create(location, winner, name.toJavaStringUncached(), bases, ns, keywordNames, keywords);
    }

    private static PythonClass[] classBases(Node location, Object[] baseValues) {
        if (baseValues.length == 0) {
            return new PythonClass[]{TaipanLanguage.get(location).getBuiltinClass(BuiltinType.OBJECT)};
        }
        PythonClass[] bases = new PythonClass[baseValues.length];
        for (int i = 0; i < baseValues.length; i++) {
            if (!(baseValues[i] instanceof PythonClass base)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "bases must be types");
            }
            if (!ClassSlots.isBaseType(base)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "type '%s' is not an acceptable base type", base.getName());
            }
            bases[i] = base;
        }
        return bases;
    }

    /** CPython's {@code _PyType_CalculateMetaclass}: the most derived of {@code meta} and the bases' metaclasses. */
    @TruffleBoundary
    public static PythonClass calculateMetaclass(Node location, PythonClass meta, Object[] bases) {
        PythonClass winner = meta;
        for (Object base : bases) {
            PythonClass baseMeta = SpecialMethods.classOf(location, base);
            if (winner.isSubclassOf(baseMeta)) {
                continue;
            } else if (baseMeta.isSubclassOf(winner)) {
                winner = baseMeta;
                continue;
            }
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                            + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static PythonClass create(Node location, PythonClass meta, String name, PythonClass[] bases, PDict ns,
                    String[] keywordNames, Object[] keywords) {
        if (name.indexOf('\0') >= 0) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "type name must not contain null characters");
        }
        Map<String, Object> dict = copy(location, ns);
        Object qualname = dict.remove("__qualname__");
        if (qualname != null && !(qualname instanceof TruffleString)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "type __qualname__ must be a str, not %s", PythonErrors.typeName(location, qualname));
        }
        Object classCell = dict.remove("__classcell__");
        if (classCell != null && !(classCell instanceof PCell)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__classcell__ must be a nonlocal cell, not %s",
                            PythonErrors.typeName(location, classCell));
        }
        prepare(location, dict);
        ClassSlots slots = ClassSlots.of(location, name, bases, dict);
        boolean addDict = slots.hasDict() && !ClassLayouts.basesHaveDictSlot(bases) && !dict.containsKey("__dict__");
        boolean addWeakref = slots.hasWeakref() && !ClassLayouts.basesHaveWeakref(bases) && weakrefable(bases)
                        && !dict.containsKey("__weakref__");
        // placeholders keep CPython's order (before __doc__); the descriptors need the class, so come after it
        if (addDict) {
            dict.put("__dict__", PNone.NONE);
        }
        if (addWeakref) {
            dict.put("__weakref__", PNone.NONE);
        }
        // after the slots: a '__doc__' slot conflicts only with a __doc__ the body defines (typing's _SpecialForm)
        dict.putIfAbsent("__doc__", PNone.NONE);
        PythonClass cls;
        try {
            cls = new PythonClass(name, qualname instanceof TruffleString s ? s.toJavaStringUncached() : name, bases,
                            dict, meta);
        } catch (MroException e) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s", e.getMessage());
        }
        slots.install(cls);
        customMro(location, meta, cls);
        if (addDict) {
            cls.writeAttribute("__dict__", new PGetSetDescriptor("__dict__", cls));
        }
        if (addWeakref) {
            cls.writeAttribute("__weakref__", new PGetSetDescriptor("__weakref__", cls));
        }
        if (classCell instanceof PCell cell) {
            cell.set(cls);
        }
        setNames(location, cls, dict);
        initSubclass(location, cls, keywordNames, keywords);
        return cls;
    }

    /** A metaclass that defines {@code mro()} decides the new class's MRO. */
    private static void customMro(Node location, PythonClass meta, PythonClass cls) {
        Object mro = meta.isBuiltin() ? null : meta.lookup("mro");
        if (!(mro instanceof PFunction)) {
            return;
        }
        Object result = SlowCall.call(location, mro, new Object[]{cls});
        Object list = SlowCall.call(location, TaipanLanguage.get(location).getBuiltinClass(BuiltinType.TUPLE),
                        new Object[]{result});
        Object[] items = ((PTuple) list).getItems();
        PythonClass[] classes = new PythonClass[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PythonClass c)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "mro() returned a non-class ('%s')",
                                PythonErrors.typeName(location, items[i]));
            }
            classes[i] = c;
        }
        cls.setCustomMro(classes);
    }

    private static boolean weakrefable(PythonClass[] bases) {
        for (PythonClass base : bases) {
            if (!ClassLayouts.weakrefable(base.getSolidBase())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> copy(Node location, PDict ns) {
        Object[][] entries = ns.getStorage().snapshot(TaipanLanguage.get(location).threadingMode());
        Map<String, Object> dict = new LinkedHashMap<>();
        for (int i = 0; i < entries[0].length; i++) {
            if (entries[0][i] instanceof TruffleString key) {
                dict.put(key.toJavaStringUncached(), entries[1][i]);
            }
        }
        return dict;
    }

    /** What {@code type.__new__} does to the namespace: implicit static and class methods, hash and doc. */
    private static void prepare(Node location, Map<String, Object> dict) {
        if (dict.get("__new__") instanceof PFunction f) {
            dict.put("__new__", new PStaticMethod(f));
        }
        for (String implicit : new String[]{"__init_subclass__", "__class_getitem__"}) {
            if (dict.get(implicit) instanceof PFunction f) {
                dict.put(implicit, new PClassMethod(f));
            }
        }
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) {
            dict.put("__hash__", PNone.NONE);
        }
        if (!dict.containsKey("__module__")) {
            Object module = callerModuleName();
            if (module != null) {
                dict.put("__module__", module);
            }
        }
    }

    /** The {@code __name__} of the innermost Python frame's globals, as CPython sets {@code __module__}. */
    private static Object callerModuleName() {
        return Truffle.getRuntime().iterateFrames(frameInstance -> {
            Frame frame = frameInstance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            FrameDescriptor descriptor = frame.getFrameDescriptor();
            if (descriptor.getNumberOfSlots() > 0 && "__globals__".equals(descriptor.getSlotName(0)) &&
                            frame.getObject(0) instanceof PythonModule module) {
                return DynamicObjectLibrary.getUncached().getOrDefault(module, PyStrings.of("__name__"), null);
            }
            return null;
        });
    }

    /** {@code __set_name__(owner, name)} on each attribute whose class defines it. */
    private static void setNames(Node location, PythonClass cls, Map<String, Object> dict) {
        for (Map.Entry<String, Object> e : dict.entrySet()) {
            Object value = e.getValue();
            if (value instanceof taipan.runtime.function.PProperty p) {
                p.setName(e.getKey());
            }
            PythonClass valueClass = SpecialMethods.classOf(location, value);
            if (valueClass.isBuiltin()) {
                continue;
            }
            Object setName = valueClass.lookup("__set_name__");
            if (setName != null) {
                try {
                    SpecialMethods.callAttribute(location, setName, value, valueClass,
                                    new Object[]{cls, PyStrings.of(e.getKey())});
                } catch (taipan.runtime.exception.PException error) {
                    String note = String.format("Error calling __set_name__ on '%s' instance '%s' in '%s'",
                                    valueClass.getName(), e.getKey(), cls.getName());
                    SpecialMethods.callUncached(location, error.getPythonException(), "add_note",
                                    new Object[]{PyStrings.of(note)});
                    throw error;
                }
            }
        }
    }

    /** {@code super(cls, cls).__init_subclass__(**kwargs)}. */
    private static void initSubclass(Node location, PythonClass cls, String[] keywordNames, Object[] keywords) {
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object hook = mro[i].getOwnAttribute("__init_subclass__");
            if (hook != null) {
                Object bound = Descriptors.bind(location, hook, null, cls);
                SlowCall.call(location, bound, new Object[0], keywordNames, keywords);
                return;
            }
        }
    }
}
