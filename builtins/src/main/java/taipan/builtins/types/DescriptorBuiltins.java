package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PProperty;
import taipan.runtime.function.PStaticMethod;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The constructors of {@code classmethod}, {@code staticmethod} and {@code property}. */
public final class DescriptorBuiltins {

    private DescriptorBuiltins() {
    }

    @Builtin(name = "classmethod", parameterNames = {"cls", "function"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.CLASSMETHOD)
    abstract static class ClassMethodNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doCreate(@SuppressWarnings("unused") Object cls, Object function) {
            return new PClassMethod(function);
        }
    }

    @Builtin(name = "staticmethod", parameterNames = {"cls", "function"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.STATICMETHOD)
    abstract static class StaticMethodNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doCreate(@SuppressWarnings("unused") Object cls, Object function) {
            return new PStaticMethod(function);
        }
    }

    @Builtin(name = "property", parameterNames = {"cls", "fget", "fset", "fdel", "doc"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.PROPERTY)
    abstract static class PropertyNode extends PythonVarargsBuiltinNode {

        @Specialization
        static Object doCreate(Object[] arguments) {
            return new PProperty(orNone(arguments[1]), orNone(arguments[2]), orNone(arguments[3]),
                            orNone(arguments[4]));
        }
    }

    static Object orNone(Object value) {
        return value == PNone.NO_VALUE ? PNone.NONE : value;
    }
}
