package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PMethod;
import taipan.runtime.object.PEllipsis;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * The constructors of classes whose calls give a singleton ({@code type(None)()} is {@code None}) or wrap their
 * arguments ({@code types.MethodType(function, instance)}).
 */
public final class SingletonConstructorBuiltins {

    private SingletonConstructorBuiltins() {
    }

    @Builtin(name = "NoneType", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.NONE_TYPE)
    abstract static class NoneTypeNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doCreate(@SuppressWarnings("unused") Object cls, PTuple args, Object kwargs) {
            checkNoArguments(this, "NoneType", args, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "ellipsis", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.ELLIPSIS_TYPE)
    abstract static class EllipsisNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doCreate(@SuppressWarnings("unused") Object cls, PTuple args, Object kwargs) {
            checkNoArguments(this, "ellipsis", args, kwargs);
            return PEllipsis.ELLIPSIS;
        }
    }

    @Builtin(name = "NotImplementedType", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.NOT_IMPLEMENTED_TYPE)
    abstract static class NotImplementedTypeNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doCreate(@SuppressWarnings("unused") Object cls, PTuple args, Object kwargs) {
            checkNoArguments(this, "NotImplementedType", args, kwargs);
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    static void checkNoArguments(com.oracle.truffle.api.nodes.Node location, String name, PTuple args, Object kwargs) {
        if (args.length() > 0 || !KeywordDicts.isEmpty(location, kwargs)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s takes no arguments", name);
        }
    }

    @Builtin(name = "method", parameterNames = {"cls", "function", "instance"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.METHOD)
    abstract static class MethodNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doCreate(@SuppressWarnings("unused") Object cls, Object function, Object instance) {
            if (!isCallable(function)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "first argument must be callable");
            }
            if (instance == PNone.NONE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "instance must not be None");
            }
            return new PMethod(instance, function);
        }

        private boolean isCallable(Object function) {
            return function instanceof taipan.runtime.function.PFunction
                            || function instanceof taipan.runtime.function.PBuiltinFunction || function instanceof PMethod
                            || function instanceof taipan.runtime.type.PythonClass
                            || taipan.nodes.object.SpecialMethods.lookup(this, function, "__call__") != null;
        }
    }
}
