package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.Descriptors;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code __set__}/{@code __delete__} as attributes of the built-in data descriptors (property, member). */
@CoreFunctions(extendClasses = {BuiltinType.PROPERTY, BuiltinType.MEMBER_DESCRIPTOR})
public final class DataDescriptorBuiltins {

    private DataDescriptorBuiltins() {
    }

    @Builtin(name = "__set__", parameterNames = {"self", "instance", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doSet(Object self, Object instance, Object value) {
            Descriptors.set(this, self, instance, value, nameOf(self));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delete__", parameterNames = {"self", "instance"}, minNumOfPositionalArgs = 2)
    abstract static class DeleteNode extends PythonBinaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doDelete(Object self, Object instance) {
            Descriptors.delete(this, self, instance, nameOf(self));
            return PNone.NONE;
        }
    }

    private static String nameOf(Object descriptor) {
        return descriptor instanceof PProperty p && p.getGetter() instanceof PFunction f ? f.getName() : "?";
    }
}
