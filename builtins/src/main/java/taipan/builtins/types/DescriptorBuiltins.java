package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PProperty;
import taipan.runtime.function.PStaticMethod;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.classes.SuperObjects;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSuper;
import taipan.runtime.type.PythonClass;
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

    @Builtin(name = "super", parameterNames = {"cls", "type", "object_or_type"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.SUPER)
    abstract static class SuperNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doCreate(@SuppressWarnings("unused") Object cls, Object type, Object object) {
            if (type == PNone.NO_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "super(): no arguments");
            }
            if (!(type instanceof PythonClass t)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "super() argument 1 must be a type, not %s",
                                PythonErrors.typeName(this, type));
            }
            if (object == PNone.NO_VALUE) {
                return new PSuper(t, null, null);
            }
            return SuperObjects.create(this, t, object);
        }
    }

    static Object orNone(Object value) {
        return value == PNone.NO_VALUE ? PNone.NONE : value;
    }
}
