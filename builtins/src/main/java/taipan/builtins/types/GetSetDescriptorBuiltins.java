package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGetSetDescriptor;

/**
 * {@code getset_descriptor.__get__}: the attribute read through the descriptor ({@code inspect} takes
 * {@code type.__dict__['__mro__'].__get__} as its static MRO lookup).
 */
@CoreFunctions(extendClasses = BuiltinType.GETSET_DESCRIPTOR)
public final class GetSetDescriptorBuiltins {

    private GetSetDescriptorBuiltins() {
    }

    @Builtin(name = "__get__", parameterNames = {"self", "instance", "owner"}, minNumOfPositionalArgs = 2)
    abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PGetSetDescriptor self, Object instance, @SuppressWarnings("unused") Object owner) {
            if (instance == PNone.NONE) {
                return self;
            }
            return ObjectAttributes.getAttribute(this, instance, self.getName());
        }
    }
}
