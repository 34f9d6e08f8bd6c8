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
 * {@code __get__} as an attribute of the built-in descriptors, for code that calls
 * them or tests for them ({@code enum}'s {@code _is_descriptor}); attribute access itself binds through
 * {@link Descriptors} without them.
 */
@CoreFunctions(extendClasses = {BuiltinType.FUNCTION, BuiltinType.CLASSMETHOD, BuiltinType.STATICMETHOD,
                BuiltinType.PROPERTY, BuiltinType.MEMBER_DESCRIPTOR})
public final class DescriptorProtocolBuiltins {

    private DescriptorProtocolBuiltins() {
    }

    @Builtin(name = "__get__", parameterNames = {"self", "instance", "owner"}, minNumOfPositionalArgs = 2)
    abstract static class GetNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doGet(Object self, Object instance, Object owner) {
            boolean noOwner = owner == PNone.NO_VALUE || owner == PNone.NONE;
            if (instance == PNone.NONE && noOwner) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__get__(None, None) is invalid");
            }
            if (!noOwner && !(owner instanceof PythonClass)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "descriptor '__get__' for '%s' objects needs a type, not a '%s' as arg 2",
                                PythonErrors.typeName(this, self), PythonErrors.typeName(this, owner));
            }
            PythonClass cls = noOwner ? SpecialMethods.classOf(this, instance) : (PythonClass) owner;
            return Descriptors.bind(this, self, instance == PNone.NONE ? null : instance, cls);
        }
    }
}
