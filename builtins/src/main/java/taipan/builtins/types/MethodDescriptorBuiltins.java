package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.Descriptors;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code method_descriptor.__get__}: a built-in class's method ({@code str.join}) bound to an instance of it. */
@CoreFunctions(extendClasses = BuiltinType.METHOD_DESCRIPTOR)
public final class MethodDescriptorBuiltins {

    private MethodDescriptorBuiltins() {
    }

    @Builtin(name = "__get__", parameterNames = {"self", "instance", "owner"}, minNumOfPositionalArgs = 2,
                    wholeReceiver = true)
    abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doGet(Object self, Object instance, @SuppressWarnings("unused") Object owner) {
            if (!(self instanceof PBuiltinFunction f)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "descriptor '__get__' requires a 'method_descriptor' object but received a '%s'",
                                PythonErrors.typeName(this, self));
            }
            if (instance == PNone.NONE || instance == PNone.NO_VALUE) {
                return f;
            }
            PythonClass cls = SpecialMethods.classOf(this, instance);
            if (!definedOn(cls, f)) {
                String qualified = f.getQualifiedName();
                String ownerName = qualified.substring(0, Math.max(0, qualified.lastIndexOf('.')));
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                f.getName(), ownerName, cls.getName());
            }
            return Descriptors.bind(this, f, instance, cls);
        }

        /** Whether a class of {@code cls}'s MRO holds {@code f} (CPython checks the descriptor's own class). */
        private static boolean definedOn(PythonClass cls, PBuiltinFunction f) {
            for (PythonClass c : cls.getMro()) {
                if (c.getOwnAttribute(f.getName()) == f) {
                    return true;
                }
            }
            return false;
        }
    }
}
