package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.classes.ClassCalls;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.ObjectRepr;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The methods of {@code object} (CPython's {@code Objects/typeobject.c}, {@code object_*}) that subclasses reach. */
@CoreFunctions(extendClasses = BuiltinType.OBJECT)
public final class ObjectBuiltins {

    private ObjectBuiltins() {
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class InitNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doInit(Object self, PTuple args) {
            if (args.length() > 0) {
                PythonClass cls = SpecialMethods.classOf(this, self);
                if (cls.lookup("__init__") instanceof PFunction) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "object.__init__() takes exactly one argument (the instance to initialize)");
                } else if (!ClassCalls.hasUserNew(cls)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "%s.__init__() takes exactly one argument (the instance to initialize)", cls.getTypeName());
                }
            }
            return taipan.runtime.object.PNone.NONE;
        }
    }

    @Builtin(name = "__new__", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class NewNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doNew(Object cls, PTuple args) {
            if (!(cls instanceof PythonClass c)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "object.__new__(X): X is not a type object (%s)",
                                PythonErrors.typeName(this, cls));
            }
            if (c.getSolidBase() != BuiltinType.OBJECT) {
                checkSafe(this, c);
                return ClassCalls.newBuiltinInstance(this, c, args.getItems(), new String[0], new Object[0]);
            }
            if (args.length() > 0 && !(c.lookup("__init__") instanceof PFunction)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ClassCalls.hasUserNew(c)
                                ? "object.__new__() takes exactly one argument (the type to instantiate)"
                                : "%s() takes no arguments", c.getName());
            }
            taipan.nodes.classes.AbstractClasses.checkInstantiable(this, c);
            return taipan.nodes.object.Finalization.newInstance(c);
        }
    }

    /**
     * CPython's {@code tp_new_wrapper} check: {@code object.__new__} cannot make an instance of a class whose nearest
     * class without a Python {@code __new__} has another {@code __new__} ({@code int}'s, {@code BaseException}'s).
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static void checkSafe(com.oracle.truffle.api.nodes.Node location, PythonClass c) {
        PythonClass object = c.getMro()[c.getMro().length - 1];
        if (c.lookup("__new__") == object.getOwnAttribute("__new__")) {
            return;
        }
        PythonClass staticBase = c;
        for (PythonClass candidate : c.getMro()) {
            staticBase = candidate;
            if (!(candidate.getOwnAttribute("__new__") instanceof PFunction
                            || candidate.getOwnAttribute("__new__") instanceof taipan.runtime.function.PStaticMethod)) {
                break;
            }
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "object.__new__(%s) is not safe, use %s.__new__()",
                        c.getName(), staticBase.getName());
    }

    /** {@code object.__format__(spec)}: {@code str(self)} for an empty spec, CPython's TypeError for any other. */
    @Builtin(name = "__format__", parameterNames = {"self", "format_spec"}, minNumOfPositionalArgs = 2)
    abstract static class FormatNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doFormat(Object self, Object spec,
                        @com.oracle.truffle.api.dsl.Cached taipan.nodes.object.PyObjectStrNode str) {
            if (!(spec instanceof com.oracle.truffle.api.strings.TruffleString s)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__format__() argument must be str, not %s",
                                PythonErrors.typeName(this, spec));
            } else if (!s.isEmpty()) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "unsupported format string passed to %s.__format__",
                                PythonErrors.typeName(this, self));
            }
            return str.execute(self);
        }
    }

    /** {@code object.__reduce_ex__(protocol)}: what {@code copy} and {@code pickle} use to take an object apart. */
    @Builtin(name = "__reduce_ex__", parameterNames = {"self", "protocol"}, minNumOfPositionalArgs = 2)
    abstract static class ReduceExNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doReduce(Object self, Object protocol) {
            return ObjectReduce.reduceEx(this, self, protocol);
        }
    }

    /** {@code object.__reduce__()}: {@code copyreg._reduce_ex(self, 0)}. */
    @Builtin(name = "__reduce__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doReduce(Object self) {
            return ObjectReduce.commonReduce(this, self, 0L);
        }
    }

    /** {@code object.__getstate__()}: the instance dict (None when empty) and the slot values. */
    @Builtin(name = "__getstate__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetStateNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doGetState(Object self) {
            return ObjectReduce.defaultState(this, self, false);
        }
    }

    /** {@code object.__subclasshook__()}: no opinion, so issubclass falls back to the usual rules (abc relies on it). */
    @Builtin(name = "__subclasshook__", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    classMethod = true)
    abstract static class SubclassHookNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doHook(@SuppressWarnings("unused") Object cls, @SuppressWarnings("unused") Object args) {
            return taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    /** {@code object.__init_subclass__()}: the end of the chain, which takes no keywords. */
    @Builtin(name = "__init_subclass__", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarKeywords = true,
                    classMethod = true)
    abstract static class InitSubclassNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doInit(Object cls, Object kwargs) {
            if (!KeywordDicts.isEmpty(this, kwargs)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s.__init_subclass__() takes no keyword arguments",
                                cls instanceof PythonClass c ? c.getQualname() : PythonErrors.typeName(this, cls));
            }
            return taipan.runtime.object.PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {

        @Specialization
        static TruffleString doRepr(Object self) {
            return PyStrings.of(ObjectRepr.defaultRepr(self));
        }
    }

    @Builtin(name = "__str__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class StrNode extends PythonUnaryBuiltinNode {

        @Specialization
        static TruffleString doStr(Object self) {
            return PyStrings.of(taipan.runtime.object.Repr.repr(self));
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doEq(Object self, Object other) {
            return self == other ? Boolean.TRUE : taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doNe(Object self, Object other) {
            return self == other ? Boolean.FALSE : taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {

        @Specialization
        static long doHash(Object self) {
            return ObjectRepr.identityHash(self);
        }
    }

    @Builtin(name = "__setattr__", parameterNames = {"self", "name", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetAttrNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doSet(Object self, TruffleString name, Object value) {
            ObjectAttributes.setInstanceAttribute(this, self, javaName(name), value);
            return taipan.runtime.object.PNone.NONE;
        }
    }

    @Builtin(name = "__getattribute__", parameterNames = {"self", "name"}, minNumOfPositionalArgs = 2)
    abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doGet(Object self, TruffleString name) {
            String n = javaName(name);
            Object value = ObjectAttributes.lookupInstanceAttribute(this, self, SpecialMethods.classOf(this, self), n);
            if (value == null) {
                throw PythonErrors.raise(this, BuiltinType.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                                PythonErrors.typeName(this, self), n);
            }
            return value;
        }
    }

    @Builtin(name = "__delattr__", parameterNames = {"self", "name"}, minNumOfPositionalArgs = 2)
    abstract static class DelAttrNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doDel(Object self, TruffleString name) {
            ObjectAttributes.deleteInstanceAttribute(this, self, javaName(name));
            return taipan.runtime.object.PNone.NONE;
        }
    }

    @TruffleBoundary
    static String javaName(TruffleString name) {
        return name.toJavaStringUncached();
    }
}
