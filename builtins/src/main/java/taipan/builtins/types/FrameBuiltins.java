package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.frame.PFrame;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The methods of {@code frame} objects: {@code clear()}. */
@CoreFunctions(extendClasses = BuiltinType.FRAME)
public final class FrameBuiltins {

    private FrameBuiltins() {
    }

    /**
     * Taipan's frame objects are snapshots made when Python asks for one, so clearing one drops the snapshot's
     * hold on the variables; the running function's own variables are untouched, as they are in CPython when
     * {@code clear()} is refused for an executing frame.
     */
    @Builtin(name = "clear", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClear(PFrame self) {
            self.clearLocals();
            return PNone.NONE;
        }
    }
}
