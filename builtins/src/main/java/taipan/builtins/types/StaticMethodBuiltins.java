package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.function.PStaticMethod;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code staticmethod.__call__} (3.10+): a static method object is callable as its function. */
@CoreFunctions(extendClasses = BuiltinType.STATICMETHOD)
public final class StaticMethodBuiltins {

    private StaticMethodBuiltins() {
    }

    @Builtin(name = "__call__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class CallNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doCall(PStaticMethod self, PTuple args, Object kwargs) {
            Object[][] keywords = KeywordDicts.split(this, kwargs);
            return SlowCall.call(this, self.getCallable(), args.getItems(), KeywordDicts.names(keywords[0]),
                            keywords[1]);
        }
    }
}
