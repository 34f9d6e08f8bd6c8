package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.Descriptors;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PMemberDescriptor;

/** {@code __set__}/{@code __delete__} of the built-in data descriptors ({@code property}, slots) called explicitly. */
@CoreFunctions(extendClasses = {BuiltinType.PROPERTY, BuiltinType.MEMBER_DESCRIPTOR, BuiltinType.TUPLEGETTER})
public final class DataDescriptorBuiltins {

    private DataDescriptorBuiltins() {
    }

    static String nameOf(Object self) {
        return self instanceof PMemberDescriptor m ? m.getName() : "";
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
}
