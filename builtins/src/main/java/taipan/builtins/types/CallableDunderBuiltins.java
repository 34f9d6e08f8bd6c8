package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * {@code __call__} of functions, built-in functions and bound methods: calls go straight to them, but the method
 * is in their class dict as in CPython, so {@code collections.abc.Callable}'s structural check finds it.
 */
@CoreFunctions(extendClasses = {BuiltinType.FUNCTION, BuiltinType.BUILTIN_FUNCTION, BuiltinType.METHOD})
public final class CallableDunderBuiltins {

    private CallableDunderBuiltins() {
    }

    @Builtin(name = "__call__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class CallNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doCall(Object self, PTuple args, Object kwargs) {
            Object[][] keywords = KeywordDicts.split(this, kwargs);
            return SlowCall.call(this, self, args.getItems(), KeywordDicts.names(keywords[0]), keywords[1]);
        }
    }
}
