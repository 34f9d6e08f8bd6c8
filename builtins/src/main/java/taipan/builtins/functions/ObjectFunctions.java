package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.object.PyObjectHashNode;
import taipan.nodes.object.SlowCompare;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.object.PList;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.object.ObjectRepr;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The built-in functions about objects and classes: {@code getattr}, {@code issubclass}, {@code hash}, ... */
public final class ObjectFunctions {

    private ObjectFunctions() {
    }

    @Builtin(name = "issubclass", parameterNames = {"cls", "class_or_tuple"}, minNumOfPositionalArgs = 2)
    abstract static class IsSubclassNode extends PythonBinaryBuiltinNode {

        @Specialization
        boolean doCheck(Object cls, Object classes) {
            return taipan.nodes.classes.TypeChecks.isSubclass(this, cls, classes);
        }
    }

    @Builtin(name = "getattr", parameterNames = {"object", "name", "default"}, minNumOfPositionalArgs = 2)
    abstract static class GetAttrNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doGet(Object object, Object name, Object defaultValue) {
            String n = attributeName(this, name);
            if (defaultValue == PNone.NO_VALUE) {
                return ObjectAttributes.getAttribute(this, object, n);
            }
            try {
                return ObjectAttributes.getAttribute(this, object, n);
            } catch (PException e) {
                if (isAttributeError(this, e)) {
                    return defaultValue;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "hasattr", parameterNames = {"obj", "name"}, minNumOfPositionalArgs = 2)
    abstract static class HasAttrNode extends PythonBinaryBuiltinNode {

        @Specialization
        boolean doHas(Object object, Object name) {
            String n = attributeName(this, name);
            try {
                ObjectAttributes.getAttribute(this, object, n);
                return true;
            } catch (PException e) {
                if (isAttributeError(this, e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "setattr", parameterNames = {"obj", "name", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetAttrNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doSet(Object object, Object name, Object value) {
            String n = attributeName(this, name);
            if (name instanceof taipan.runtime.object.PBuiltinSubclassObject && object instanceof taipan.runtime.object.PythonObject o) {
                setWithKeyObject(o, n, name, value);
            } else {
                ObjectAttributes.setAttribute(this, object, n, value);
            }
            return PNone.NONE;
        }

        /** {@code setattr(o, Name('x'), v)}: a new entry of the instance dict keeps the str-subclass key. */
        @TruffleBoundary
        private void setWithKeyObject(taipan.runtime.object.PythonObject o, String n, Object name, Object value) {
            com.oracle.truffle.api.object.DynamicObjectLibrary lib = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();
            boolean existed = lib.containsKey(o, n);
            ObjectAttributes.setAttribute(this, o, n, value);
            if (!existed && lib.containsKey(o, n)) {
                taipan.runtime.object.InstanceNamespace.rememberKey(o, n, name);
            }
        }
    }

    @Builtin(name = "delattr", parameterNames = {"obj", "name"}, minNumOfPositionalArgs = 2)
    abstract static class DelAttrNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doDel(Object object, Object name) {
            ObjectAttributes.deleteAttribute(this, object, attributeName(this, name));
            return PNone.NONE;
        }
    }

    @Builtin(name = "id", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class IdNode extends PythonUnaryBuiltinNode {

        @Specialization
        static long doId(Object object) {
            return ObjectRepr.identityHash(object);
        }
    }

    @Builtin(name = "hash", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {

        @Specialization
        static long doHash(Object object, @Cached PyObjectHashNode hash) {
            return hash.execute(object);
        }
    }

    @Builtin(name = "callable", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class CallableNode extends PythonUnaryBuiltinNode {

        @Specialization
        boolean doCallable(Object object) {
            return isCallable(this, object);
        }

        /** CPython's {@code PyCallable_Check}. */
        static boolean isCallable(com.oracle.truffle.api.nodes.Node location, Object object) {
            return SpecialMethods.isCallable(location, object);
        }
    }

    @Builtin(name = "vars", parameterNames = "object")
    abstract static class VarsNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doVars(Object object) {
            if (object == PNone.NO_VALUE) {
                return CallerFrame.find(this).locals(this);
            }
            try {
                return ObjectAttributes.getAttribute(this, object, "__dict__");
            } catch (PException e) {
                if (isAttributeError(this, e)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "vars() argument must have __dict__ attribute");
                }
                throw e;
            }
        }
    }

    @Builtin(name = "dir", parameterNames = "object")
    abstract static class DirNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doDir(Object object) {
            if (object == PNone.NO_VALUE) {
                return sortedList(CallerFrame.find(this).locals(this));
            }
            if (object instanceof taipan.runtime.module.PythonModule module) {
                Object own = moduleDir(module);
                if (own != null) {
                    // module.__dir__ calls the module's own __dir__ (PEP 562)
                    return sortedList(taipan.nodes.call.SlowCall.call(this, own, new Object[0]));
                }
            }
            Object dir = SpecialMethods.lookup(this, object, "__dir__");
            if (dir instanceof PFunction) {
                Object result = SpecialMethods.callAttribute(this, dir, object, SpecialMethods.classOf(this, object),
                                new Object[0]);
                return sortedList(result);
            }
            return new PList(ObjectAttributes.dir(this, object));
        }

        @TruffleBoundary
        private static Object moduleDir(taipan.runtime.module.PythonModule module) {
            return module.getAttribute("__dir__");
        }

        @TruffleBoundary
        private Object sortedList(Object iterable) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            Object iterator = taipan.nodes.call.SlowCall.call(this, TaipanLanguage.get(this).getBuiltinClass(
                            BuiltinType.LIST), new Object[]{iterable});
            for (Object o : ((PList) iterator).getStorage().toArray(TaipanLanguage.get(this).threadingMode())) {
                items.add(o);
            }
            items.sort((a, b) -> SlowCompare.compare(this, a, b, "<") ? -1 : SlowCompare.compare(this, b, a, "<") ? 1 : 0);
            return new PList(items.toArray());
        }
    }

    @TruffleBoundary
    static String attributeName(com.oracle.truffle.api.nodes.Node location, Object name) {
        if (name instanceof TruffleString s) {
            return s.toJavaStringUncached();
        } else if (name instanceof taipan.runtime.object.PBuiltinSubclassObject o && o.getValue() instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "attribute name must be string, not '%s'",
                        PythonErrors.typeName(location, name));
    }

    @TruffleBoundary
    static boolean isAttributeError(com.oracle.truffle.api.nodes.Node location, PException e) {
        PythonClass attributeError = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR);
        return e.getPythonException().getType().isSubclassOf(attributeError);
    }
}
