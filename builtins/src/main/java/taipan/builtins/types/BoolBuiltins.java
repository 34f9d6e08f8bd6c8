package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code bool}: the constructor is truth value testing. */
public final class BoolBuiltins {

    private BoolBuiltins() {
    }

    @Builtin(name = "bool", parameterNames = {"cls", "x"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.BOOL)
    abstract static class BoolNode extends PythonBinaryBuiltinNode {

        /** CPython's notimplemented_bool: true, with 3.9's DeprecationWarning. */
        @Specialization(guards = "x == NOT_IMPLEMENTED")
        boolean doNotImplemented(@SuppressWarnings("unused") Object cls, @SuppressWarnings("unused") Object x) {
            taipan.nodes.module.PythonWarnings.warn(this, BuiltinType.DEPRECATION_WARNING,
                            "NotImplemented should not be used in a boolean context", 1);
            return true;
        }

        static final Object NOT_IMPLEMENTED = taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED;

        @Specialization(guards = "x != NOT_IMPLEMENTED")
        static boolean doBool(@SuppressWarnings("unused") Object cls, Object x, @Cached PyObjectIsTrueNode isTrue) {
            return x != PNone.NO_VALUE && isTrue.execute(x);
        }
    }
}
