package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.function.PProperty;
import taipan.runtime.type.BuiltinType;

/** {@code property.getter/setter/deleter}: a copy of the property with one accessor replaced. */
@CoreFunctions(extendClasses = BuiltinType.PROPERTY)
public final class PropertyBuiltins {

    private PropertyBuiltins() {
    }

    /** The copy keeps the name {@code __set_name__} gave the original. */
    static PProperty named(PProperty copy, PProperty original) {
        copy.setName(original.getName());
        return copy;
    }

    @Builtin(name = "getter", parameterNames = {"self", "fget"}, minNumOfPositionalArgs = 2)
    abstract static class GetterNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doGetter(PProperty self, Object fget) {
            return named(new PProperty(fget, self.getSetter(), self.getDeleter(), self.getDoc()), self);
        }
    }

    @Builtin(name = "setter", parameterNames = {"self", "fset"}, minNumOfPositionalArgs = 2)
    abstract static class SetterNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doSetter(PProperty self, Object fset) {
            return named(new PProperty(self.getGetter(), fset, self.getDeleter(), self.getDoc()), self);
        }
    }

    @Builtin(name = "deleter", parameterNames = {"self", "fdel"}, minNumOfPositionalArgs = 2)
    abstract static class DeleterNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doDeleter(PProperty self, Object fdel) {
            return named(new PProperty(self.getGetter(), self.getSetter(), fdel, self.getDoc()), self);
        }
    }
}
