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

        @Specialization
        static boolean doBool(@SuppressWarnings("unused") Object cls, Object x, @Cached PyObjectIsTrueNode isTrue) {
            return x != PNone.NO_VALUE && isTrue.execute(x);
        }
    }
}
