package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.nodes.module.ModuleImporter;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The pickling protocol of {@code object}, as CPython's {@code Objects/typeobject.c} has it: {@code __reduce_ex__}
 * ({@code reduce_newobj} for protocol 2 and up, {@code copyreg._reduce_ex} below), {@code __reduce__} and the
 * default {@code __getstate__}. Slow paths: copying and pickling call these once per object.
 */
final class ObjectReduce {

    private ObjectReduce() {
    }

    /** {@code object.__reduce_ex__(protocol)}: an overriding {@code __reduce__} wins, else the common reduction. */
    @TruffleBoundary
    static Object reduceEx(Node location, Object self, Object protocol) {
        PythonClass cls = SpecialMethods.classOf(location, self);
        Object objectReduce = objectClass(location).getOwnAttribute("__reduce__");
        if (cls.lookup("__reduce__") != objectReduce) {
            Object reduce = ObjectAttributes.getAttribute(location, self, "__reduce__");
            return SlowCall.call(location, reduce, new Object[0]);
        }
        return commonReduce(location, self, protocol);
    }

    /** CPython's {@code _common_reduce}. */
    @TruffleBoundary
    static Object commonReduce(Node location, Object self, Object protocol) {
        if (protocol instanceof Number n && n.longValue() >= 2 || protocol instanceof Boolean) {
            return protocol instanceof Boolean b && !b ? copyregReduceEx(location, self, 0L)
                            : reduceNewObj(location, self);
        }
        return copyregReduceEx(location, self, protocol);
    }

    private static Object copyregReduceEx(Node location, Object self, Object protocol) {
        return SlowCall.call(location, copyreg(location, "_reduce_ex"), new Object[]{self, protocol});
    }

    /** CPython's {@code reduce_newobj}: {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}. */
    private static Object reduceNewObj(Node location, Object self) {
        PythonClass cls = SpecialMethods.classOf(location, self);
        if (cls.lookup("__new__") == null) {
            throw cannotPickle(location, cls);
        }
        Object[] argsAndKwargs = newArguments(location, self);
        Object args = argsAndKwargs[0];
        Object kwargs = argsAndKwargs[1];
        Object newObj;
        Object newArgs;
        if (kwargs == null || dictLength(location, kwargs) == 0) {
            newObj = copyreg(location, "__newobj__");
            Object[] items = args == null ? new Object[0] : ((PTuple) args).getItems();
            Object[] all = new Object[items.length + 1];
            all[0] = cls;
            System.arraycopy(items, 0, all, 1, items.length);
            newArgs = new PTuple(all);
        } else {
            newObj = copyreg(location, "__newobj_ex__");
            newArgs = new PTuple(new Object[]{cls, args, kwargs});
        }
        boolean isList = cls.isSubclassOf(builtin(location, BuiltinType.LIST));
        boolean isDict = cls.isSubclassOf(builtin(location, BuiltinType.DICT));
        Object state = getState(location, self, args == null && !isList && !isDict);
        Object listItems = isList ? SpecialMethods.callUncached(location, self, "__iter__", new Object[0]) : PNone.NONE;
        Object dictItems = PNone.NONE;
        if (isDict) {
            Object items = SlowCall.call(location, ObjectAttributes.getAttribute(location, self, "items"), new Object[0]);
            dictItems = SpecialMethods.callUncached(location, items, "__iter__", new Object[0]);
        }
        return new PTuple(new Object[]{newObj, newArgs, state, listItems, dictItems});
    }

    /** CPython's {@code _PyObject_GetNewArguments}: {@code [args, kwargs]} from {@code __getnewargs_ex__}/{@code __getnewargs__}. */
    private static Object[] newArguments(Node location, Object self) {
        PythonClass cls = SpecialMethods.classOf(location, self);
        if (cls.lookup("__getnewargs_ex__") != null) {
            Object result = SpecialMethods.callUncached(location, self, "__getnewargs_ex__", new Object[0]);
            if (!(result instanceof PTuple t)) {
                throw typeError(location, "__getnewargs_ex__ should return a tuple, not '%s'", result);
            } else if (t.length() != 2) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "__getnewargs_ex__ should return a tuple of length 2, not %d", t.length());
            }
            Object args = t.getItems()[0];
            Object kwargs = t.getItems()[1];
            if (!(args instanceof PTuple)) {
                throw typeError(location, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", args);
            } else if (!(taipan.runtime.object.PBuiltinSubclassObject.unwrap(kwargs) instanceof PDict)) {
                throw typeError(location, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", kwargs);
            }
            return new Object[]{args, kwargs};
        }
        if (cls.lookup("__getnewargs__") != null) {
            Object args = SpecialMethods.callUncached(location, self, "__getnewargs__", new Object[0]);
            if (!(args instanceof PTuple)) {
                throw typeError(location, "__getnewargs__ should return a tuple, not '%s'", args);
            }
            return new Object[]{args, null};
        }
        return new Object[]{null, null};
    }

    /** CPython's {@code object_getstate}: the object's own {@code __getstate__}, or the default one. */
    private static Object getState(Node location, Object self, boolean required) {
        PythonClass cls = SpecialMethods.classOf(location, self);
        Object getstate = cls.lookup("__getstate__");
        if (getstate == objectClass(location).getOwnAttribute("__getstate__")) {
            return defaultState(location, self, required);
        }
        return SlowCall.call(location, ObjectAttributes.getAttribute(location, self, "__getstate__"), new Object[0]);
    }

    /**
     * CPython's {@code object_getstate_default}: the instance dict (None when empty), paired with a dict of the slot
     * values when the class has slots. {@code required}: the state alone must rebuild the object, so an object with
     * a built-in layout it cannot describe cannot be pickled.
     */
    @TruffleBoundary
    static Object defaultState(Node location, Object self, boolean required) {
        PythonClass cls = SpecialMethods.classOf(location, self);
        if (required && cls.getSolidBase() != BuiltinType.OBJECT) {
            throw cannotPickle(location, cls);
        }
        Object state = PNone.NONE;
        Object dict = instanceDict(location, self, cls);
        if (dict != null && dictLength(location, dict) > 0) {
            state = dict;
        }
        Object slotNames = slotNames(location, cls);
        if (slotNames instanceof taipan.runtime.object.PList names) {
            PDict slots = new PDict();
            for (Object name : names.getStorage().toArray(TaipanLanguage.get(location).threadingMode())) {
                Object value = optionalAttribute(location, self, name);
                if (value != null) {
                    slots.getStorage().put(mode(location), new taipan.runtime.object.BuiltinEquality(mode(location)), name, value);
                }
            }
            if (dictLength(location, slots) > 0) {
                state = new PTuple(new Object[]{state, slots});
            }
        }
        return state;
    }

    private static Object instanceDict(Node location, Object self, PythonClass cls) {
        if (self instanceof taipan.runtime.object.PythonObject o && !(self instanceof PythonClass)
                        && (cls.hasInstanceDict() || self instanceof taipan.runtime.exception.PBaseException)) {
            return taipan.runtime.object.InstanceNamespace.dictOf(o);
        }
        return null;
    }

    /** CPython's {@code _PyType_GetSlotNames}: {@code cls.__slotnames__}, computed by {@code copyreg._slotnames}. */
    private static Object slotNames(Node location, PythonClass cls) {
        Object cached = cls.getOwnAttribute("__slotnames__");
        if (cached != null) {
            if (!(cached instanceof taipan.runtime.object.PList) && cached != PNone.NONE) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s.__slotnames__ should be a list or None, not %s",
                                cls.getName(), PythonErrors.typeName(location, cached));
            }
            return cached;
        }
        return SlowCall.call(location, copyreg(location, "_slotnames"), new Object[]{cls});
    }

    private static Object optionalAttribute(Node location, Object self, Object name) {
        try {
            return ObjectAttributes.getAttribute(location, self, name.toString());
        } catch (PException e) {
            if (ObjectProtocols.is(location, e, BuiltinType.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static int dictLength(Node location, Object dict) {
        return ((PDict) taipan.runtime.object.PBuiltinSubclassObject.unwrap(dict)).getStorage().length(mode(location));
    }

    private static taipan.threading.ThreadingMode mode(Node location) {
        return TaipanLanguage.get(location).threadingMode();
    }

    private static Object copyreg(Node location, String name) {
        return ObjectAttributes.getAttribute(location, ModuleImporter.findAndLoad(location, "copyreg"), name);
    }

    private static PythonClass objectClass(Node location) {
        return builtin(location, BuiltinType.OBJECT);
    }

    private static PythonClass builtin(Node location, BuiltinType type) {
        return TaipanLanguage.get(location).getBuiltinClass(type);
    }

    static PException cannotPickle(Node location, PythonClass cls) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "cannot pickle '%s' object", cls.getTypeName());
    }

    private static PException typeError(Node location, String format, Object value) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, format, PythonErrors.typeName(location, value));
    }
}
