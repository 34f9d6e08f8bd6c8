package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.WeakProxies;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code weakref.CallableProxyType}'s call slot: a proxy of a callable calls its referent. */
@CoreFunctions(extendClasses = BuiltinType.WEAKCALLABLEPROXY)
public final class WeakCallableProxyBuiltins {

    private WeakCallableProxyBuiltins() {
    }

    /** {@code proxy(*args, **kwargs)}: calls the referent (a callable proxy's {@code __call__}). */
    @Builtin(name = "__call__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, PTuple args, Object kwargs) {
            Object[][] keywords = KeywordDicts.split(this, kwargs);
            return SlowCall.call(this, WeakProxies.unwrap(this, self), args.getItems(), KeywordDicts.names(keywords[0]),
                            keywords[1]);
        }
    }
}
