package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.ExceptionAttributes;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.nodes.object.ObjectProtocols;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.module.PythonModule;
import taipan.runtime.number.NumberAttributes;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.runtime.weakref.PWeakProxy;

/**
 * CPython's {@code PyObject_GenericGetAttr}/{@code SetAttr}/{@code DelAttr} and {@code type.__getattribute__} on
 * slow paths: the full descriptor order, {@code __getattr__}, and the attributes built into every object.
 */
public final class ObjectAttributes {

    private ObjectAttributes() {
    }

    /** {@code getattr(object, name)} for an instance (not a class or module); raises {@code AttributeError}. */
    @TruffleBoundary
    public static Object getInstanceAttribute(Node location, Object object, String name) {
        if (object instanceof PWeakProxy proxy) {
            return getAttribute(location, WeakProxies.referent(location, proxy), name);
        }
        PythonClass cls = SpecialMethods.classOf(location, object);
        Object getattribute = cls.lookup("__getattribute__");
        Object getattr = cls.lookup("__getattr__");
        Object value;
        try {
            if (getattribute instanceof PFunction) {
                value = SpecialMethods.callAttribute(location, getattribute, object, cls,
                                new Object[]{PyStrings.of(name)});
            } else {
                value = lookupInstanceAttribute(location, object, cls, name);
            }
        } catch (PException e) {
            // A failing lookup (a property raising AttributeError) falls back to __getattr__, as in CPython.
            if (getattr == null || !ObjectProtocols.is(location, e, BuiltinType.ATTRIBUTE_ERROR)) {
                throw taipan.runtime.exception.AttributeErrors.addContext(location, e, object, name);
            }
            value = null;
        }
        if (value != null) {
            return value;
        } else if (getattr != null) {
            try {
                return SpecialMethods.callAttribute(location, getattr, object, cls, new Object[]{PyStrings.of(name)});
            } catch (PException e) {
                throw taipan.runtime.exception.AttributeErrors.addContext(location, e, object, name);
            }
        }
        throw taipan.runtime.exception.AttributeErrors.raise(location, object, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                        cls.getName(), name);
    }

    /** {@code object.__getattribute__} without the {@code AttributeError}: null when absent. */
    @TruffleBoundary
    public static Object lookupInstanceAttribute(Node location, Object object, PythonClass cls, String name) {
        if (object instanceof PythonClass c) {
            return lookupClassAttribute(location, c, name);
        } else if (name.equals("__class__") && !isUserDescriptor(cls.lookup(name))) {
            return cls;
        } else if (object instanceof PMethod m) {
            return methodAttribute(location, m, name);
        } else if (name.equals("__dict__") && object instanceof PythonObject o
                        && (!cls.isBuiltin() && cls.hasInstanceDict() || object instanceof PBaseException)
                        && !Descriptors.isDataDescriptor(cls.lookup(name))) {
            return taipan.runtime.object.InstanceNamespace.dictOf(o);
        } else if (name.equals("__weakref__") && object instanceof PythonObject
                        && cls.lookup(name) instanceof taipan.runtime.type.PGetSetDescriptor) {
            java.util.List<taipan.runtime.weakref.PWeakRef> refs = taipan.language.PythonContext.get(location).getWeakRefs().refsTo(object);
            return refs.isEmpty() ? PNone.NONE : refs.get(0);
        }
        if (taipan.runtime.function.BuiltinFunctionFields.has(object, name)) {
            return taipan.runtime.function.BuiltinFunctionFields.get(object, name);
        }
        Object number = taipan.runtime.object.PBuiltinSubclassObject.unwrap(object);
        if (NumberAttributes.isNumberAttribute(name) && NumberAttributes.isNumber(number)) {
            Object value = NumberAttributes.get(number, name);
            if (value != null) {
                return value;
            }
        }
        if (object instanceof PBaseException e) {
            Object value = ExceptionAttributes.get(e, name);
            if (value != null) {
                return value;
            }
        }
        Object field = DescriptorFields.get(location, object, name);
        if (field != null) {
            return field;
        }
        Object generatorField = generatorField(location, object, name);
        if (generatorField != null) {
            return generatorField;
        }
        Object typeAttribute = cls.lookup(name);
        if (typeAttribute != null && Descriptors.isDataDescriptor(typeAttribute) && hasGetter(typeAttribute)) {
            return Descriptors.bind(location, typeAttribute, object, cls);
        }
        if (object instanceof PythonObject o) {
            Object own = DynamicObjectLibrary.getUncached().getOrDefault(o, name, null);
            if (own != null) {
                return own;
            }
        }
        if (typeAttribute != null) {
            return Descriptors.bind(location, typeAttribute, object, cls);
        }
        return null;
    }

    /** A property or a user object on the class: a {@code __class__} of the instance's own making. */
    private static boolean isUserDescriptor(Object typeAttribute) {
        return typeAttribute instanceof taipan.runtime.function.PProperty || typeAttribute instanceof PythonObject;
    }

    /** What the attribute node's generator specialisations answer, for {@code getattr} and the other slow paths. */
    private static Object generatorField(Node location, Object object, String name) {
        if (object instanceof taipan.runtime.generator.PGenerator g) {
            return taipan.runtime.generator.GeneratorAttributes.get(g, name);
        } else if (object instanceof taipan.runtime.generator.PGeneratorFrame f) {
            return f.get(name, TaipanLanguage.get(location).threadingMode());
        }
        return null;
    }

    /** A data descriptor without {@code __get__} (only {@code __set__}) lets the instance dict show through. */
    private static boolean hasGetter(Object descriptor) {
        return !(descriptor instanceof PythonObject o) || o.getPythonClass().lookup("__get__") != null;
    }

    /**
     * An attribute of a built-in value with fields of its own (a function, a code object) that is not one of those
     * fields: {@code __class__}, or what its class defines ({@code function.__get__}), bound to it.
     */
    @TruffleBoundary
    public static Object classSideAttribute(Node location, Object object, String name) {
        PythonClass cls = SpecialMethods.classOf(location, object);
        if (name.equals("__class__")) {
            return cls;
        }
        Object typeAttribute = cls.lookup(name);
        if (typeAttribute == null) {
            throw taipan.runtime.exception.AttributeErrors.raise(location, object, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            cls.getName(), name);
        }
        return Descriptors.bind(location, typeAttribute, object, cls);
    }

    /** A bound method's own attributes; the rest are its function's. */
    private static Object methodAttribute(Node location, PMethod m, String name) {
        return switch (name) {
            case "__self__" -> m.getSelf();
            case "__func__" -> m.getFunction();
            default -> getAttribute(location, m.getFunction(), name);
        };
    }

    /** {@code object.__setattr__(object, name, value)}: a data descriptor, else the instance dict. */
    @TruffleBoundary
    public static void setInstanceAttribute(Node location, Object object, String name, Object value) {
        if (object instanceof PWeakProxy proxy) {
            setAttribute(location, WeakProxies.referent(location, proxy), name, value);
            return;
        } else if (object instanceof PythonClass c) {
            typeSetAttr(location, c, name, value);
            return;
        }
        PythonClass cls = SpecialMethods.classOf(location, object);
        Object typeAttribute = cls.lookup(name);
        if (typeAttribute != null && Descriptors.isDataDescriptor(typeAttribute)) {
            Descriptors.set(location, typeAttribute, object, value, name);
        } else if (object instanceof PBaseException e && ExceptionAttributes.get(e, name) != null) {
            setExceptionAttribute(location, e, name, value);
        } else if (name.equals("__dict__") && object instanceof PythonObject o && cls.hasInstanceDict()) {
            if (!(value instanceof taipan.runtime.object.PDict d)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "__dict__ must be set to a dictionary, not a '%s'", PythonErrors.typeName(location, value));
            }
            taipan.runtime.object.InstanceNamespace.replaceDict(o, d);
        } else if (name.equals("__class__")) {
            ClassAssignment.assign(location, object, cls, value);
        } else if (object instanceof taipan.runtime.function.PProperty p && name.equals("__doc__")) {
            p.setDoc(value);
        } else if (object instanceof taipan.runtime.collections.PTupleGetter t && name.equals("__doc__")) {
            t.setDoc(value);
        } else if (object instanceof taipan.runtime.function.PProperty p && name.equals("__name__")) {
            p.setName(value instanceof com.oracle.truffle.api.strings.TruffleString s ? PyStrings.toJava(s) : null);
        } else if (object instanceof PythonObject o && !name.equals("__class__") && cls.hasInstanceDict()
                        && cls.getBuiltinType() != BuiltinType.OBJECT) {
            taipan.threading.SharedObjects.put(taipan.language.TaipanLanguage.get(location).threadingMode(), DynamicObjectLibrary.getUncached(), o, name, value);
        } else if (object instanceof taipan.runtime.generator.PGenerator g) {
            setGeneratorAttribute(location, g, cls, name, value);
        } else if (object instanceof taipan.runtime.exception.PTraceback tb && name.equals("tb_next")) {
            setTracebackNext(location, tb, value);
        } else {
            throw noAttributeForSetting(location, object, cls, name, typeAttribute);
        }
    }

    /** A generator's {@code __name__}/{@code __qualname__} take a string; its other getset descriptors no value. */
    private static void setGeneratorAttribute(Node location, taipan.runtime.generator.PGenerator g, PythonClass cls,
                    String name, Object value) {
        boolean named = name.equals("__name__") || name.equals("__qualname__");
        if (named && !(value instanceof com.oracle.truffle.api.strings.TruffleString)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s must be set to a string object", name);
        } else if (named) {
            String text = PyStrings.toJava((com.oracle.truffle.api.strings.TruffleString) value);
            if (name.equals("__name__")) {
                g.setName(text);
            } else {
                g.setQualname(text);
            }
        } else if (taipan.runtime.generator.GeneratorAttributes.get(g, name) != null) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                            "attribute '%s' of '%s' objects is not writable", name, cls.getName());
        } else {
            throw noAttributeForSetting(location, g, cls, name, null);
        }
    }

    /** {@code tb.tb_next = value} (unittest cuts its own frames off this way): None or a traceback, no loop. */
    private static void setTracebackNext(Node location, taipan.runtime.exception.PTraceback tb, Object value) {
        if (value != PNone.NONE && !(value instanceof taipan.runtime.exception.PTraceback)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "expected traceback object, got '%s'",
                            PythonErrors.typeName(location, value));
        }
        for (Object cursor = value; cursor instanceof taipan.runtime.exception.PTraceback t; cursor = t.getNext()) {
            if (t == tb) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "traceback loop detected");
            }
        }
        tb.setNext(value);
    }

    /** {@code object.__delattr__(object, name)}. */
    @TruffleBoundary
    public static void deleteInstanceAttribute(Node location, Object object, String name) {
        if (object instanceof PFunction f && name.equals("__annotations__")) {
            f.setAnnotations(null); // the next read makes a new empty dict
            return;
        }
        if (object instanceof PythonClass c) {
            typeDelAttr(location, c, name);
            return;
        } else if (object instanceof PWeakProxy proxy) {
            deleteAttribute(location, WeakProxies.referent(location, proxy), name);
            return;
        }
        PythonClass cls = SpecialMethods.classOf(location, object);
        Object typeAttribute = cls.lookup(name);
        if (typeAttribute != null && Descriptors.isDataDescriptor(typeAttribute)) {
            Descriptors.delete(location, typeAttribute, object, name);
        } else if (object instanceof PythonObject o) {
            // a _thread._local deletes from the current thread's storage, as it reads and writes there
            PythonObject target = o instanceof taipan.runtime.thread.PThreadLocal l ? ThreadLocalAttributes.storage(location, l) : o;
            if (!taipan.threading.SharedObjects.removeKey(taipan.language.TaipanLanguage.get(location).threadingMode(), DynamicObjectLibrary.getUncached(), target, name)) {
                throw taipan.runtime.exception.AttributeErrors.raise(location, object, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                                cls.getName(), name);
            }
            taipan.runtime.object.InstanceNamespace.forgetKey(target, name);
        } else {
            throw noAttributeForSetting(location, object, cls, name, typeAttribute);
        }
    }

    /** The data attributes of {@code BaseException} and its built-in subclasses. */
    private static void setExceptionAttribute(Node location, PBaseException e, String name, Object value) {
        switch (name) {
            case "args" -> e.setArgs(value instanceof PTuple t ? t : (PTuple) taipan.nodes.call.SlowCall.call(location,
                            taipan.language.TaipanLanguage.get(location).getBuiltinClass(BuiltinType.TUPLE), new Object[]{value}));
            case "__cause__", "__context__" -> {
                if (value != PNone.NONE && !(value instanceof PBaseException)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "exception %s must be None or derive "
                                    + "from BaseException", name.equals("__cause__") ? "cause" : "context");
                }
                PBaseException other = value == PNone.NONE ? null : (PBaseException) value;
                if (name.equals("__cause__")) {
                    e.setCause(other); // PyException_SetCause: assigning __cause__ sets __suppress_context__ too
                } else {
                    e.setContext(other);
                }
            }
            case "__suppress_context__" -> e.setSuppressContext(value == Boolean.TRUE);
            case "__traceback__" -> {
                if (value != PNone.NONE && !(value instanceof taipan.runtime.exception.PTraceback)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__traceback__ must be a traceback or None");
                }
                e.setAssignedTraceback(value);
            }
            case "__notes__" -> {
            }
            default -> e.setField(name, value);
        }
    }

    private static PException noAttributeForSetting(Node location, Object object, PythonClass cls, String name,
                    Object typeAttribute) {
        if (taipan.runtime.number.NumberAttributes.isNumber(object)
                        && taipan.runtime.number.NumberAttributes.isNumberAttribute(name)
                        && taipan.runtime.number.NumberAttributes.get(object, name) != null) {
            // the getset descriptors of int/float/complex: CPython's two wordings for a missing setter
            return object instanceof taipan.runtime.math.Complex
                            ? PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "readonly attribute")
                            : PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                                            "attribute '%s' of '%s' objects is not writable", name, cls.getName());
        }
        if (object instanceof PBuiltinFunction && (name.equals("__name__") || name.equals("__qualname__")
                        || name.equals("__self__") || name.equals("__text_signature__") || name.equals("__doc__"))) {
            // builtin_function_or_method's getset descriptors without a setter
            return PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                            "attribute '%s' of '%s' objects is not writable", name, cls.getName());
        }
        if (object instanceof taipan.runtime.function.PCode code
                        && taipan.nodes.function.CodeAttributes.get(code, name) != null) {
            return PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "readonly attribute"); // a code member
        }
        if (typeAttribute != null) {
            return PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                            "'%s' object attribute '%s' is read-only", cls.getName(), name);
        }
        return taipan.runtime.exception.AttributeErrors.raise(location, object, name,
                        "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", cls.getName(),
                        name);
    }

    /**
     * {@code type.__getattribute__(cls, name)}: a data descriptor of the metaclass, the class's MRO (descriptors
     * bound to no instance), then the metaclass's attribute bound to the class, then its {@code __getattr__}.
     */
    @TruffleBoundary
    public static Object getClassAttribute(Node location, PythonClass cls, String name) {
        Object value = lookupClassAttribute(location, cls, name);
        if (value != null) {
            return value;
        }
        PythonClass meta = cls.getMetaclass();
        Object getattr = meta.isBuiltin() ? null : meta.lookup("__getattr__");
        if (getattr != null) {
            return SpecialMethods.callAttribute(location, getattr, cls, meta, new Object[]{PyStrings.of(name)});
        }
        throw taipan.runtime.exception.AttributeErrors.raise(location, cls, name, ErrorMessages.TYPE_HAS_NO_ATTRIBUTE,
                        cls.getName(), name);
    }

    /** {@code type.__getattribute__} without the {@code AttributeError}: null when absent. */
    @TruffleBoundary
    public static Object lookupClassAttribute(Node location, PythonClass cls, String name) {
        Object special = ClassAttributes.get(location, cls, name);
        if (special != null) {
            return special;
        } else if (name.equals("__abstractmethods__")) {
            // type's data descriptor: the class's own dict only, never inherited (CPython's type_abstractmethods)
            return cls.getOwnAttribute(name);
        }
        PythonClass meta = cls.getMetaclass();
        Object metaAttribute = meta.lookup(name);
        if (metaAttribute != null && !meta.isBuiltin() && Descriptors.isDataDescriptor(metaAttribute)) {
            return Descriptors.bind(location, metaAttribute, cls, meta);
        }
        Object value = cls.lookup(name);
        if (value != null) {
            return Descriptors.bind(location, value, null, cls);
        } else if (metaAttribute instanceof PBuiltinFunction function) {
            return new PBuiltinMethod(cls, function);
        } else if (metaAttribute != null) {
            return Descriptors.bind(location, metaAttribute, cls, meta);
        }
        return null;
    }

    /** {@code C.name = value}: the metaclass's {@code __setattr__} if it has one of its own. */
    @TruffleBoundary
    public static void setClassAttribute(Node location, PythonClass cls, String name, Object value) {
        PythonClass meta = cls.getMetaclass();
        Object setattr = meta.isBuiltin() ? null : meta.lookup("__setattr__");
        if (setattr instanceof PFunction) {
            SpecialMethods.callAttribute(location, setattr, cls, meta, new Object[]{PyStrings.of(name), value});
            return;
        }
        typeSetAttr(location, cls, name, value);
    }

    /** {@code type.__setattr__}: a data descriptor of the metaclass, else the class's dict (not for built-ins). */
    @TruffleBoundary
    public static void typeSetAttr(Node location, PythonClass cls, String name, Object value) {
        PythonClass meta = cls.getMetaclass();
        Object metaAttribute = meta.isBuiltin() ? null : meta.lookup(name);
        if (metaAttribute != null && Descriptors.isDataDescriptor(metaAttribute)) {
            Descriptors.set(location, metaAttribute, cls, value, name);
            return;
        }
        if (cls.isBuiltin() && !cls.getBuiltinType().isMutable()) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        if (ClassAttributes.set(location, cls, name, value)) {
            return;
        }
        cls.writeAttribute(name, value);
    }

    @TruffleBoundary
    public static void deleteClassAttribute(Node location, PythonClass cls, String name) {
        PythonClass meta = cls.getMetaclass();
        Object delattr = meta.isBuiltin() ? null : meta.lookup("__delattr__");
        if (delattr instanceof PFunction) {
            SpecialMethods.callAttribute(location, delattr, cls, meta, new Object[]{PyStrings.of(name)});
            return;
        }
        typeDelAttr(location, cls, name);
    }

    /** {@code type.__delattr__}: the class's own attribute (built-in classes are immutable). */
    @TruffleBoundary
    public static void typeDelAttr(Node location, PythonClass cls, String name) {
        if (cls.isBuiltin()) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        if (!cls.deleteAttribute(name)) {
            throw taipan.runtime.exception.AttributeErrors.raise(location, cls, name, ErrorMessages.TYPE_HAS_NO_ATTRIBUTE,
                            cls.getName(), name);
        }
    }

    /** {@code getattr(object, name)} for any object and a name known only at run time. */
    @TruffleBoundary
    public static Object getAttribute(Node location, Object object, String name) {
        if (object instanceof PythonClass cls) {
            return getClassAttribute(location, cls, name);
        } else if (object instanceof PythonModule module) {
            Object value = DynamicObjectLibrary.getUncached().getOrDefault(module, PyStrings.of(name), null);
            return value != null ? value : taipan.nodes.module.ModuleGetAttr.missing(location, module, name);
        } else if (object instanceof taipan.runtime.object.PSuper sup) {
            return taipan.nodes.classes.SuperObjects.getAttribute(location, sup, name);
        } else if (object instanceof PFunction f) {
            Object value = taipan.nodes.function.FunctionAttributes.get(location, f, name);
            return value != null ? value : classSideAttribute(location, f, name);
        } else if (object instanceof PSimpleNamespace namespace) {
            Object value = namespace.get(name);
            if (value == null) {
                throw taipan.runtime.exception.AttributeErrors.raise(location, object, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                                "types.SimpleNamespace", name);
            }
            return value;
        }
        PythonClass cls = SpecialMethods.classOf(location, object);
        Object getattribute = cls.lookup("__getattribute__");
        if (getattribute instanceof PFunction) {
            return SpecialMethods.callAttribute(location, getattribute, object, cls, new Object[]{PyStrings.of(name)});
        }
        return getInstanceAttribute(location, object, name);
    }

    /** {@code setattr(object, name, value)} for any object. */
    @TruffleBoundary
    public static void setAttribute(Node location, Object object, String name, Object value) {
        if (object instanceof PythonClass cls) {
            setClassAttribute(location, cls, name, value);
        } else if (object instanceof PythonModule module) {
            taipan.threading.SharedObjects.put(taipan.language.TaipanLanguage.get(location).threadingMode(), DynamicObjectLibrary.getUncached(), module, PyStrings.of(name), value);
        } else if (object instanceof PFunction f) {
            taipan.nodes.function.FunctionAttributes.set(location, f, name, value);
        } else {
            PythonClass cls = SpecialMethods.classOf(location, object);
            Object setattr = cls.lookup("__setattr__");
            if (setattr instanceof PFunction) {
                SpecialMethods.callAttribute(location, setattr, object, cls, new Object[]{PyStrings.of(name), value});
            } else {
                setInstanceAttribute(location, object, name, value);
            }
        }
    }

    /** {@code delattr(object, name)} for any object. */
    @TruffleBoundary
    public static void deleteAttribute(Node location, Object object, String name) {
        if (object instanceof PythonClass cls) {
            deleteClassAttribute(location, cls, name);
        } else if (object instanceof PFunction f) {
            taipan.nodes.function.FunctionAttributes.delete(location, f, name);
        } else {
            PythonClass cls = SpecialMethods.classOf(location, object);
            Object delattr = cls.lookup("__delattr__");
            if (delattr instanceof PFunction) {
                SpecialMethods.callAttribute(location, delattr, object, cls, new Object[]{PyStrings.of(name)});
            } else {
                deleteInstanceAttribute(location, object, name);
            }
        }
    }

    /** {@code dir(object)} without {@code __dir__}: the instance's and its classes' attribute names, sorted. */
    @TruffleBoundary
    public static Object[] dir(Node location, Object object) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        PythonClass cls;
        if (object instanceof PythonClass c) {
            cls = c;
        } else {
            cls = SpecialMethods.classOf(location, object);
            if (object instanceof PythonObject o) {
                for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(o)) {
                    if (key instanceof String s) {
                        names.add(s);
                    }
                }
            } else if (object instanceof PythonModule m) {
                for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(m)) {
                    names.add(key.toString());
                }
                return toStrs(names);
            }
        }
        names.add("__class__"); // object.__dict__ has it, and every class's dict a __doc__
        names.add("__doc__");
        for (PythonClass c : cls.getMro()) {
            names.addAll(c.getOwnAttributes().keySet());
        }
        return toStrs(names);
    }

    private static Object[] toStrs(java.util.Collection<String> names) {
        Object[] result = new Object[names.size()];
        int i = 0;
        for (String n : names) {
            result[i++] = PyStrings.of(n);
        }
        return result;
    }

    static Object noneIfNull(Object value) {
        return value == null ? PNone.NONE : value;
    }
}
