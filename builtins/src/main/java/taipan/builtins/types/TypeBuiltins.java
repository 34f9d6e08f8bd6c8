package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.classes.ClassFactory;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.ClassNamespace;
import taipan.runtime.type.PythonClass;

/** {@code type}: {@code type(x)} gives x's class, {@code type(name, bases, dict)} makes a class. */
@CoreFunctions(extendClasses = BuiltinType.TYPE)
public final class TypeBuiltins {

    private TypeBuiltins() {
    }

    @Builtin(name = "type", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.TYPE)
    abstract static class TypeNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doType(@SuppressWarnings("unused") Object cls, PTuple args, @Cached GetClassNode getClass) {
            if (args.length() == 3) {
                return makeClass(args.getItems());
            } else if (args.length() != 1) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.TYPE_TAKES_1_OR_3_ARGUMENTS);
            }
            return getClass.execute(args.getItems()[0]);
        }

        @TruffleBoundary
        private Object makeClass(Object[] args) {
            if (!(args[0] instanceof TruffleString name)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "type.__new__() argument 1 must be str, not %s",
                                PythonErrors.typeName(this, args[0]));
            }
            if (!(args[1] instanceof PTuple bases)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "type.__new__() argument 2 must be tuple, not %s", PythonErrors.typeName(this, args[1]));
            }
            if (!(args[2] instanceof PDict dict)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "type.__new__() argument 3 must be dict, not %s",
                                PythonErrors.typeName(this, args[2]));
            }
            ClassNamespace namespace = new ClassNamespace();
            Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(this).threadingMode());
            for (int i = 0; i < entries[0].length; i++) {
                if (entries[0][i] instanceof TruffleString key) {
                    namespace.put(key.toJavaStringUncached(), entries[1][i]);
                }
            }
            if (namespace.get("__module__") == null) {
                Object module = DynamicObjectLibrary.getUncached().getOrDefault(
                                PythonContext.get(this).getMainModule(), PyStrings.of("__name__"), null);
                if (module != null) {
                    namespace.put("__module__", module);
                }
            }
            return ClassFactory.create(this, name.toJavaStringUncached(), bases.getItems(), namespace, new String[0],
                            new Object[0]);
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
