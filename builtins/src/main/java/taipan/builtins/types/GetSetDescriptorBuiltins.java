package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGetSetDescriptor;

/** {@code getset_descriptor.__get__} ({@code int.__dict__['real'].__get__(7)}, {@code C.__dict__['__dict__']}). */
@CoreFunctions(extendClasses = BuiltinType.GETSET_DESCRIPTOR)
public final class GetSetDescriptorBuiltins {

    private GetSetDescriptorBuiltins() {
    }

    @Builtin(name = "__get__", parameterNames = {"self", "instance", "owner"}, minNumOfPositionalArgs = 2)
    abstract static class GetNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doGet(PGetSetDescriptor self, Object instance, @SuppressWarnings("unused") Object owner) {
            if (instance == PNone.NONE) {
                return self;
            }
            if (!SpecialMethods.classOf(this, instance).isSubclassOf(self.getOwner())) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", self.getName(),
                                self.getOwner().getName(), PythonErrors.typeName(this, instance));
            }
            return ObjectAttributes.getAttribute(this, instance, self.getName());
        }
    }
}
