package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * {@code sys.settrace}/{@code setprofile} and their getters. Taipan runs no trace or profile functions, so no
 * function is ever installed: the getters answer None, setting None (what doctest and unittest do to restore the
 * state they saved) is accepted, and setting a function raises NotImplementedError rather than being ignored.
 */
@CoreFunctions(defineModule = "sys")
public final class SysTraceBuiltins {

    private SysTraceBuiltins() {
    }

    static Object install(PythonUnaryBuiltinNode node, Object function, String what) {
        if (function != PNone.NONE) {
            throw PythonErrors.raise(node, BuiltinType.NOT_IMPLEMENTED_ERROR, "sys.%s: Taipan does not run %s functions",
                            what, what.substring(3));
        }
        return PNone.NONE;
    }

    @Builtin(name = "settrace", parameterNames = "function", minNumOfPositionalArgs = 1)
    abstract static class SetTraceNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object function) {
            return install(this, function, "settrace");
        }
    }

    @Builtin(name = "setprofile", parameterNames = "function", minNumOfPositionalArgs = 1)
    abstract static class SetProfileNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object function) {
            return install(this, function, "setprofile");
        }
    }

    @Builtin(name = "gettrace")
    abstract static class GetTraceNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "getprofile")
    abstract static class GetProfileNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PNone.NONE;
        }
    }
}
