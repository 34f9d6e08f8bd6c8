package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.Descriptors;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code __get__}/{@code __set__}/{@code __delete__} of the built-in descriptors (functions, class and static
 * methods, properties, slots) called explicitly: the same binding the attribute machinery does implicitly.
 */
@CoreFunctions(extendClasses = {BuiltinType.FUNCTION, BuiltinType.CLASSMETHOD,
                BuiltinType.STATICMETHOD, BuiltinType.PROPERTY, BuiltinType.MEMBER_DESCRIPTOR, BuiltinType.TUPLEGETTER})
public final class DescriptorProtocolBuiltins {

    private DescriptorProtocolBuiltins() {
    }

    @Builtin(name = "__get__", parameterNames = {"self", "instance", "owner"}, minNumOfPositionalArgs = 2)
    abstract static class GetNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doGet(Object self, Object instance, Object owner) {
            Object type = owner == PNone.NO_VALUE ? PNone.NONE : owner;
            if (instance == PNone.NONE && type == PNone.NONE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__get__(None, None) is invalid");
            }
            if (type != PNone.NONE && !(type instanceof PythonClass)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__get__(None, None) is invalid");
            }
            PythonClass cls = type instanceof PythonClass c ? c : SpecialMethods.classOf(this, instance);
            return Descriptors.bind(this, self, instance == PNone.NONE ? null : instance, cls);
        }
    }
}
