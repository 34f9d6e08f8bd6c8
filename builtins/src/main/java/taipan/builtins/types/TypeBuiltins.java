package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.classes.ClassCalls;
import taipan.nodes.classes.ClassFactory;
import taipan.nodes.classes.TypeChecks;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code type}: {@code type(x)} gives x's class; {@code type(name, bases, dict)} and {@code type.__new__} make one. */
@CoreFunctions(extendClasses = BuiltinType.TYPE)
public final class TypeBuiltins {

    private TypeBuiltins() {
    }

    @Builtin(name = "type", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.TYPE)
    abstract static class TypeNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doType(Object cls, PTuple args, Object kwargs, @Cached GetClassNode getClass) {
            PythonClass type = TaipanLanguage.get(this).getBuiltinClass(BuiltinType.TYPE);
            if (cls == type && args.length() == 1 && KeywordDicts.isEmpty(this, kwargs)) {
                return getClass.execute(args.getItems()[0]);
            } else if (args.length() != 3) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, cls == type
                                ? ErrorMessages.TYPE_TAKES_1_OR_3_ARGUMENTS : "type.__new__() takes exactly 3 arguments (%d given)",
                                args.length());
            }
            return typeNew(this, cls, args.getItems(), kwargs);
        }
    }

    @Builtin(name = "__new__", parameterNames = "mcs", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class NewNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doNew(Object mcs, PTuple args, Object kwargs) {
            if (args.length() != 3) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "type.__new__() takes exactly 3 arguments (%d given)",
                                args.length());
            }
            return typeNew(this, mcs, args.getItems(), kwargs);
        }
    }

    @TruffleBoundary
    static Object typeNew(Node location, Object mcs, Object[] args, Object kwargs) {
        PythonClass type = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.TYPE);
        if (!(mcs instanceof PythonClass meta) || !meta.isSubclassOf(type)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "type.__new__(X): X is not a type object (%s)",
                            PythonErrors.typeName(location, mcs));
        }
        Object[][] kw = KeywordDicts.split(location, kwargs);
        return ClassFactory.typeNew(location, meta, args[0], args[1], args[2], KeywordDicts.names(kw[0]), kw[1]);
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class InitNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doInit(@SuppressWarnings("unused") Object self, PTuple args, @SuppressWarnings("unused") Object kwargs) {
            if (args.length() != 1 && args.length() != 3) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "type.__init__() takes 1 or 3 arguments");
            }
            return PNone.NONE;
        }
    }

    /** {@code type.__call__(cls, *args, **kwargs)}: {@code __new__} then {@code __init__}, without the metaclass hook. */
    @Builtin(name = "__call__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class CallNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doCall(Object self, PTuple args, Object kwargs) {
            if (!(self instanceof PythonClass cls)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "descriptor '__call__' requires a 'type' object but received a '%s'",
                                PythonErrors.typeName(this, self));
            }
            Object[][] kw = KeywordDicts.split(this, kwargs);
            return ClassCalls.callDefault(this, cls, args.getItems(), KeywordDicts.names(kw[0]), kw[1]);
        }
    }

    @Builtin(name = "__instancecheck__", parameterNames = {"self", "instance"}, minNumOfPositionalArgs = 2)
    abstract static class InstanceCheckNode extends PythonBinaryBuiltinNode {

        @Specialization
        boolean doCheck(PythonClass self, Object instance) {
            return TypeChecks.defaultIsInstance(this, instance, self);
        }
    }

    @Builtin(name = "__subclasscheck__", parameterNames = {"self", "subclass"}, minNumOfPositionalArgs = 2)
    abstract static class SubclassCheckNode extends PythonBinaryBuiltinNode {

        @Specialization
        boolean doCheck(PythonClass self, Object subclass) {
            return TypeChecks.defaultIsSubclass(this, subclass, self);
        }
    }

    @Builtin(name = "mro", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class MroNode extends PythonUnaryBuiltinNode {

        @Specialization
        static Object doMro(PythonClass self) {
            PythonClass[] mro = self.getMro();
            Object[] items = new Object[mro.length];
            System.arraycopy(mro, 0, items, 0, mro.length);
            return new PList(items);
        }
    }

    @Builtin(name = "__subclasses__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SubclassesNode extends PythonUnaryBuiltinNode {

        @Specialization
        static Object doSubclasses(PythonClass self) {
            return new PList(self.getSubclasses());
        }
    }
}
