package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.collections.PTupleGetter;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.function.PProperty;
import taipan.runtime.function.PStaticMethod;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PMemberDescriptor;
import taipan.runtime.type.PythonClass;

/** The descriptor protocol ({@code __get__}/{@code __set__}/{@code __delete__}) on slow paths. */
public final class Descriptors {

    private Descriptors() {
    }

    /** A data descriptor wins over the instance dict: a property, or an object whose class has {@code __set__}. */
    @TruffleBoundary
    public static boolean isDataDescriptor(Object attribute) {
        if (attribute instanceof PProperty || attribute instanceof PMemberDescriptor || attribute instanceof PTupleGetter) {
            return true;
        }
        if (attribute instanceof PythonObject o) {
            PythonClass cls = o.getPythonClass();
            return cls.lookup("__set__") != null || cls.lookup("__delete__") != null;
        }
        return false;
    }

    /**
     * {@code attribute.__get__(instance, owner)}: what a class attribute is when read through an instance (or
     * through the class itself when {@code instance} is null).
     */
    @TruffleBoundary
    public static Object bind(Node location, Object attribute, Object instance, PythonClass owner) {
        if (attribute instanceof PFunction) {
            return instance == null ? attribute : new PMethod(instance, attribute);
        } else if (attribute instanceof PBuiltinFunction f) {
            // a built-in function of a module stored on a class (C.f = len) does not bind, as in CPython
            return instance == null || !f.bindsToInstance() ? attribute : new PBuiltinMethod(instance, f);
        } else if (attribute instanceof PClassMethod c) {
            return new PMethod(owner, c.getCallable());
        } else if (attribute instanceof PStaticMethod s) {
            return s.getCallable();
        } else if (attribute instanceof PMemberDescriptor m) {
            return instance == null ? attribute : Slots.get(location, m, instance);
        } else if (attribute instanceof PTupleGetter t) {
            return instance == null ? attribute : TupleGetters.get(location, t, instance);
        } else if (attribute instanceof PProperty p) {
            if (instance == null) {
                return attribute;
            }
            if (!p.hasGetter()) {
                if (p.getName() != null) {
                    throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                                    "property '%s' of '%s' object has no getter", p.getName(),
                                    PythonErrors.typeName(location, instance));
                }
                throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "property of '%s' object has no getter",
                                PythonErrors.typeName(location, instance));
            }
            return SlowCall.call(location, p.getGetter(), new Object[]{instance});
        } else if (attribute instanceof PythonObject o) {
            Object get = o.getPythonClass().lookup("__get__");
            if (get != null) {
                return SpecialMethods.callAttribute(location, get, attribute, o.getPythonClass(),
                                new Object[]{instance == null ? PNone.NONE : instance, owner});
            }
        }
        return attribute;
    }

    /** {@code attribute.__set__(instance, value)} for a data descriptor. */
    @TruffleBoundary
    public static void set(Node location, Object attribute, Object instance, Object value, String name) {
        if (attribute instanceof PMemberDescriptor m) {
            Slots.set(location, m, instance, value);
            return;
        } else if (attribute instanceof PTupleGetter) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "can't set attribute");
        }
        if (attribute instanceof PProperty p) {
            if (!p.hasSetter()) {
                throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                                "property '%s' of '%s' object has no setter", name,
                                PythonErrors.typeName(location, instance));
            }
            SlowCall.call(location, p.getSetter(), new Object[]{instance, value});
            return;
        }
        PythonObject o = (PythonObject) attribute;
        Object set = o.getPythonClass().lookup("__set__");
        if (set == null) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "__set__");
        }
        SpecialMethods.callAttribute(location, set, attribute, o.getPythonClass(), new Object[]{instance, value});
    }

    /** {@code attribute.__delete__(instance)} for a data descriptor. */
    @TruffleBoundary
    public static void delete(Node location, Object attribute, Object instance, String name) {
        if (attribute instanceof PMemberDescriptor m) {
            Slots.delete(location, m, instance);
            return;
        } else if (attribute instanceof PTupleGetter) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "can't delete attribute");
        }
        if (attribute instanceof PProperty p) {
            if (!p.hasDeleter()) {
                throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                                "property '%s' of '%s' object has no deleter", name,
                                PythonErrors.typeName(location, instance));
            }
            SlowCall.call(location, p.getDeleter(), new Object[]{instance});
            return;
        }
        PythonObject o = (PythonObject) attribute;
        Object del = o.getPythonClass().lookup("__delete__");
        if (del == null) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, "__delete__");
        }
        SpecialMethods.callAttribute(location, del, attribute, o.getPythonClass(), new Object[]{instance});
    }
}
