package taipan.nodes.classes;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PStaticMethod;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.ClassNamespace;
import taipan.runtime.type.MroException;
import taipan.runtime.type.PythonClass;

/** {@code type.__new__} for a {@code class} statement: checks the bases, prepares the dict, makes the class. */
public final class ClassFactory {

    private ClassFactory() {
    }

    @TruffleBoundary
    public static Object create(Node location, String name, Object[] baseValues, ClassNamespace namespace,
                    String[] keywordNames, Object[] keywords) {
        TaipanLanguage language = TaipanLanguage.get(location);
        PythonClass type = language.getBuiltinClass(BuiltinType.TYPE);
        for (int i = 0; i < keywordNames.length; i++) {
            if (keywordNames[i].equals("metaclass") && keywords[i] != type) {
                throw PythonErrors.raise(location, BuiltinType.NOT_IMPLEMENTED_ERROR,
                                "Taipan does not support metaclasses yet");
            } else if (!keywordNames[i].equals("metaclass")) {
                throw PythonErrors.raise(location, BuiltinType.NOT_IMPLEMENTED_ERROR,
                                "Taipan does not support class keyword arguments yet");
            }
        }
        PythonClass[] bases = new PythonClass[baseValues.length == 0 ? 1 : baseValues.length];
        if (baseValues.length == 0) {
            bases[0] = language.getBuiltinClass(BuiltinType.OBJECT);
        }
        for (int i = 0; i < baseValues.length; i++) {
            if (!(baseValues[i] instanceof PythonClass base)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                                + "subclass of the metaclasses of all its bases");
            }
            bases[i] = base;
        }
        Object qualname = namespace.remove("__qualname__");
        Object classCell = namespace.remove("__classcell__");
        Map<String, Object> dict = prepare(namespace.entries());
        PythonClass cls;
        try {
            cls = new PythonClass(name, qualname instanceof TruffleString s ? s.toJavaStringUncached() : name, bases,
                            dict);
        } catch (MroException e) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s", e.getMessage());
        }
        if (classCell instanceof PCell cell) {
            cell.set(cls);
        }
        setNames(location, cls, dict);
        initSubclass(location, cls);
        return cls;
    }

    /** What {@code type.__new__} does to the namespace: implicit static and class methods, hash and doc. */
    private static Map<String, Object> prepare(Map<String, Object> dict) {
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
        dict.putIfAbsent("__doc__", PNone.NONE);
        return dict;
    }

    /** {@code __set_name__(owner, name)} on each attribute whose class defines it. */
    private static void setNames(Node location, PythonClass cls, Map<String, Object> dict) {
        for (Map.Entry<String, Object> e : dict.entrySet()) {
            if (e.getValue() instanceof PythonObject o) {
                Object setName = o.getPythonClass().lookup("__set_name__");
                if (setName != null) {
                    SpecialMethods.callAttribute(location, setName, o, o.getPythonClass(),
                                    new Object[]{cls, PyStrings.of(e.getKey())});
                }
            }
        }
    }

    /** {@code super(cls, cls).__init_subclass__()}: the first base's classmethod, when a user class defines one. */
    private static void initSubclass(Node location, PythonClass cls) {
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object hook = mro[i].getOwnAttribute("__init_subclass__");
            if (hook instanceof PClassMethod m) {
                SlowCall.call(location, m.getCallable(), new Object[]{cls});
                return;
            }
        }
    }
}
